package org.hybridplanner.model.change;

/** The kinds of element a plan is made of, in the order a plan lists them. */
public enum ElementKind {
    SETTINGS("plan settings"),
    LOCATION("location"),
    LINK("link"),
    DATA_STORE("data store"),
    FLOW("flow");

    private final String displayName;

    ElementKind(String displayName) {
        this.displayName = displayName;
    }

    /** The word the planner shows people, in lower case ("data store"). */
    public String displayName() {
        return displayName;
    }
}
