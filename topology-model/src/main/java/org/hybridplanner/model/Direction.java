package org.hybridplanner.model;

/** Traffic direction as seen from the integration runtime's machine. */
public enum Direction {
    INBOUND,
    OUTBOUND
}
