package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.Optional;
import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.Plan;

/** Edits the self-hosted runtime settings and where credentials are kept: both change the firewall rules. */
final class OptionsForm extends PlanForm<PlanOptions> {
    private final Checkbox interactiveAuthoring = Fields.check("runtime-interactive", "Interactive authoring");
    private final Checkbox autoUpdate = Fields.check("runtime-autoupdate", "Auto-update");
    private final Checkbox remoteAccess = Fields.check("runtime-remote", "Remote access from the intranet");
    private final ComboBox<CredentialStore> store = Fields.choice("credentials-store", "Credentials kept in");
    private final TextField keyVaultName = Fields.text("credentials-vault", "Key Vault name");
    private final Binder<PlanOptions> binder = new Binder<>(PlanOptions.class);

    OptionsForm() {
        store.setItems(CredentialStore.values());
        store.setItemLabelGenerator(CredentialStore::displayName);
        keyVaultName.setHelperText("Only with Azure Key Vault, for example contoso-kv");
        binder.forField(interactiveAuthoring).bind("interactiveAuthoring");
        binder.forField(autoUpdate).bind("autoUpdate");
        binder.forField(remoteAccess).bind("remoteAccessFromIntranet");
        binder.forField(store).bind("store");
        binder.forField(keyVaultName).withNullRepresentation("").bind("keyVaultName");
        binder.addValueChangeListener(event -> {
            keyVaultName.setEnabled(store.getValue() == CredentialStore.AZURE_KEY_VAULT);
            changed();
        });
        layOut(interactiveAuthoring, autoUpdate, remoteAccess, store, keyVaultName);
    }

    @Override
    void load(PlanOptions value, Plan plan) {
        binder.readRecord(value);
        keyVaultName.setEnabled(value.store() == CredentialStore.AZURE_KEY_VAULT);
    }

    @Override
    Optional<PlanOptions> value() {
        return written(binder);
    }

    @Override
    Map<String, HasValidation> fieldsByProperty() {
        return Map.of("keyVaultName", keyVaultName, "store", store);
    }
}
