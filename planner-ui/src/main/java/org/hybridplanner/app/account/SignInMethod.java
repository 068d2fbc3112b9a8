package org.hybridplanner.app.account;

/** How an account signs in: with its password on the planner, or with the organisation's OpenID Connect provider. */
public enum SignInMethod {
    PASSWORD,
    SINGLE_SIGN_ON
}
