package org.hybridplanner.model.change;

/** A field of a plan element that a comparison reports, with the words people know it by. */
public enum PlanField {
    PLAN_NAME("plan name"),
    FACTORY_NAME("data factory name"),
    REGION("region"),
    ENDPOINT_STYLE("endpoint style"),
    MANAGED_VIRTUAL_NETWORK("managed virtual network"),
    INTERACTIVE_AUTHORING("interactive authoring"),
    AUTO_UPDATE("auto-update"),
    REMOTE_ACCESS_FROM_INTRANET("remote access from the intranet"),
    CREDENTIAL_STORE("credential store"),
    KEY_VAULT_NAME("key vault"),
    NAME("name"),
    LOCATION_KIND("kind"),
    EGRESS_IPS("egress IPs"),
    ADDRESS_SPACES("address spaces"),
    RUNTIME_NODES("runtime nodes"),
    LINK_TYPE("type"),
    STORE_TYPE("type"),
    STORE_LOCATION("location"),
    PRIVATE_ENDPOINT("private endpoint"),
    MANAGED_PRIVATE_ENDPOINT("managed private endpoint"),
    SOURCE("source"),
    SINK("sink"),
    STAGED_COPY("staged copy");

    private final String displayName;

    PlanField(String displayName) {
        this.displayName = displayName;
    }

    /** The word the planner shows people, in lower case ("address spaces"). */
    public String displayName() {
        return displayName;
    }
}
