package org.hybridplanner.model;

/**
 * The resource whose firewall admits the runtimes that reach a store, as the Azure CLI and AWS CLI scripts
 * configure it; a store catalog fact, so that adding a store type is a data change.
 */
public enum StoreFirewall {
    /** The planner configures no firewall for this store type. */
    NONE("none"),
    AZURE_SQL_SERVER("Azure SQL Database server"),
    SYNAPSE_WORKSPACE("Synapse workspace"),
    COSMOS_DB_ACCOUNT("Cosmos DB account"),
    DATA_LAKE_STORE_ACCOUNT("Data Lake Store account"),
    /** The networking rules of an Azure storage account (Blob, Data Lake Storage Gen2, Files, Table). */
    STORAGE_ACCOUNT("storage account"),
    POSTGRESQL_SERVER("Azure Database for PostgreSQL server"),
    MYSQL_SERVER("Azure Database for MySQL server"),
    REDSHIFT_CLUSTER_SECURITY_GROUP("Redshift cluster security group");

    private final String noun;

    StoreFirewall(String noun) {
        this.noun = noun;
    }

    /** What the resource is called in scripts and documents. */
    public String noun() {
        return noun;
    }
}
