package org.hybridplanner.model;

/** Where linked-service credentials are kept. */
public enum CredentialStore {
    DATA_FACTORY_MANAGED("Data Factory (managed)"),
    AZURE_KEY_VAULT("Azure Key Vault"),
    SELF_HOSTED_LOCAL("On the self-hosted runtime machine");

    private final String displayName;

    CredentialStore(String displayName) {
        this.displayName = displayName;
    }

    /** The word the planner shows people (pages, exports), never the constant's name. */
    public String displayName() {
        return displayName;
    }
}
