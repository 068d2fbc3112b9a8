package org.hybridplanner.model;

import java.util.List;

/** Advice on keeping the plan's linked-service credentials safe, for the credential store chosen. */
public record CredentialAdvice(CredentialStore store, String keyVaultName, List<Advice> advice) {
    public CredentialAdvice {
        advice = List.copyOf(advice);
    }
}
