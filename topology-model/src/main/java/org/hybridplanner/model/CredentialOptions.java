package org.hybridplanner.model;

/** Where credentials are stored; {@code keyVaultName} only matters for {@link CredentialStore#AZURE_KEY_VAULT}. */
public record CredentialOptions(CredentialStore store, String keyVaultName) {
    public static final CredentialOptions DEFAULTS = new CredentialOptions(CredentialStore.DATA_FACTORY_MANAGED, null);

    public CredentialOptions {
        store = store == null ? CredentialStore.DATA_FACTORY_MANAGED : store;
        keyVaultName = keyVaultName == null || keyVaultName.isBlank() ? null : keyVaultName;
    }
}
