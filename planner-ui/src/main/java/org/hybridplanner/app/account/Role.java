package org.hybridplanner.app.account;

/** What an account may do: admins also manage accounts. */
public enum Role {
    USER,
    ADMIN
}
