package org.hybridplanner.app.plan.ui;

import java.util.Optional;
import org.hybridplanner.model.DataStore;

/**
 * A data store as {@link DataStoreForm} edits it (public: Binder reads it reflectively). The form binds this
 * record rather than {@link DataStore} because Binder builds a record with its first declared constructor, and
 * DataStore's overloads keep older call sites compiling.
 */
public record DataStoreFields(String id, String name, String type, String location, String connector,
        String privateEndpoint, boolean managedPrivateEndpoint) {
    static DataStoreFields of(DataStore store) {
        return new DataStoreFields(store.id(), store.name(), store.type(), store.location(), store.connector(),
                store.privateEndpoint(), store.managedPrivateEndpoint());
    }

    /** The store; empty while a required field is blank. */
    Optional<DataStore> store() {
        return id == null || type == null || location == null ? Optional.empty()
                : Optional.of(new DataStore(id, name, type, location, connector, privateEndpoint,
                        managedPrivateEndpoint));
    }
}
