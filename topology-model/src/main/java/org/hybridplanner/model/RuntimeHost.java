package org.hybridplanner.model;

/** The machine an integration runtime runs on. */
public enum RuntimeHost {
    AZURE_MANAGED("Managed by Azure"),
    ON_PREMISES_MACHINE("On-premises Windows machine"),
    AZURE_VM("Azure virtual machine"),
    AWS_EC2_INSTANCE("AWS EC2 instance");

    private final String displayName;

    RuntimeHost(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
