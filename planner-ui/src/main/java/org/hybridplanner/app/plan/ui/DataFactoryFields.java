package org.hybridplanner.app.plan.ui;

import java.util.Optional;
import org.hybridplanner.model.DataFactory;
import org.hybridplanner.model.EndpointStyle;

/**
 * The data factory as {@link DataFactoryForm} edits it (public: Binder reads it reflectively). Binder builds a
 * record with its first declared constructor, so the form binds this one-constructor record, not DataFactory.
 */
public record DataFactoryFields(String name, String region, EndpointStyle endpointStyle,
        boolean managedVirtualNetwork) {
    static DataFactoryFields of(DataFactory factory) {
        return new DataFactoryFields(factory.name(), factory.region(), factory.endpointStyle(),
                factory.managedVirtualNetwork());
    }

    /** The factory; empty while the name or region is blank. */
    Optional<DataFactory> factory() {
        return name == null || region == null ? Optional.empty()
                : Optional.of(new DataFactory(name, region, endpointStyle, managedVirtualNetwork));
    }
}
