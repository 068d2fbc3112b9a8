package org.hybridplanner.app.account;

/**
 * Who a provider says signed in: its issuer and the subject it gives the person, which together key the account.
 * The name hints (preferred_username, email) only suggest the username shown; they are never used to find an account.
 */
record ProviderIdentity(String issuer, String subject, String preferredUsername, String email) {
    ProviderIdentity {
        if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A provider's sign-in needs an issuer and a subject");
        }
    }
}
