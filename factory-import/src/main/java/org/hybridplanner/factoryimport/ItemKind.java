package org.hybridplanner.factoryimport;

/** What a checklist item of an import report asks of the architect. */
public enum ItemKind {
    /** The export does not say (a secure parameter, Key Vault secret, expression): the plan holds an assumption. */
    NEEDS_INPUT("Needs your input"),
    /** Something the design cannot cover as imported (an unknown connector, a missing reference). */
    WARNING("Warning"),
    /** The importer inferred it from the export: check that it is right. */
    CONFIRM("Confirm");

    private final String displayName;

    ItemKind(String displayName) {
        this.displayName = displayName;
    }

    /** The words the planner shows. */
    public String displayName() {
        return displayName;
    }
}
