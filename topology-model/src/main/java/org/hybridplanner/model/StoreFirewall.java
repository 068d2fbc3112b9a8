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
