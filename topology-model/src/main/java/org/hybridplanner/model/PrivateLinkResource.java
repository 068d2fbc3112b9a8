package org.hybridplanner.model;

/** The Azure resource a store type's private endpoint attaches to (and whose public network access scripts set). */
public enum PrivateLinkResource {
    SQL_SERVER("logical SQL server"),
    SYNAPSE_WORKSPACE("Synapse workspace"),
    STORAGE_ACCOUNT("storage account"),
    COSMOS_DB_ACCOUNT("Cosmos DB account"),
    POSTGRESQL_FLEXIBLE_SERVER("Azure Database for PostgreSQL flexible server"),
    MYSQL_FLEXIBLE_SERVER("Azure Database for MySQL flexible server"),
    SEARCH_SERVICE("search service"),
    DATABRICKS_WORKSPACE("Azure Databricks workspace");

    private final String noun;

    PrivateLinkResource(String noun) {
        this.noun = noun;
    }

    /** What people call it, for scripts and documents. */
    public String noun() {
        return noun;
    }
}
