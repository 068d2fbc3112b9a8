package org.hybridplanner.app.api;

/** A new token with its secret, shown once and never stored. */
public record CreatedApiToken(ApiTokenSummary summary, String token) {
}
