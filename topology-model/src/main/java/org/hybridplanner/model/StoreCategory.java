package org.hybridplanner.model;

/** The group a store type is listed under where people pick one (a store catalog fact). */
public enum StoreCategory {
    AZURE_STORAGE("Azure storage"),
    AZURE_DATABASE("Azure databases and analytics"),
    DATABASE("Databases"),
    SAP("SAP"),
    FILES_AND_PROTOCOLS("Files and protocols"),
    AWS_AND_GOOGLE("AWS and Google Cloud"),
    SAAS("SaaS applications"),
    OTHER("Other");

    private final String displayName;

    StoreCategory(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
