package org.hybridplanner.model;

/** Where linked-service credentials are kept. */
public enum CredentialStore {
    DATA_FACTORY_MANAGED,
    AZURE_KEY_VAULT,
    SELF_HOSTED_LOCAL
}
