package org.hybridplanner.app.account;

/** What an account may do: admins also manage accounts. */
public enum Role {
    USER("User"),
    ADMIN("Admin");

    private final String displayName;

    Role(String displayName) {
        this.displayName = displayName;
    }

    /** The word the planner shows for this role. */
    public String displayName() {
        return displayName;
    }
}
