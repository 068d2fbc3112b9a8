package org.hybridplanner.model;

/**
 * The Azure cloud a data factory lives in. It follows from the factory's region ({@link Catalog#cloudOf}); every
 * Azure host the planner names belongs to it.
 */
public enum AzureCloud {
    PUBLIC("Azure public cloud", "AzureCloud"),
    US_GOVERNMENT("Azure Government", "AzureUSGovernment"),
    CHINA("Azure operated by 21Vianet (Azure China)", "AzureChinaCloud");

    private final String displayName;
    private final String cliName;

    AzureCloud(String displayName, String cliName) {
        this.displayName = displayName;
        this.cliName = cliName;
    }

    public String displayName() {
        return displayName;
    }

    /** The name {@code az cloud set --name} and {@code Connect-AzAccount -Environment} take. */
    public String cliName() {
        return cliName;
    }
}
