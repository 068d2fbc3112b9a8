package org.hybridplanner.model;

/** Cloud: both ends publicly reachable. Hybrid: at least one end behind a firewall or in a private network. */
public enum Scenario {
    CLOUD,
    HYBRID
}
