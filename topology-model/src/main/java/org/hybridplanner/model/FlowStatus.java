package org.hybridplanner.model;

/** Whether a flow can run as planned. A blocked flow has no runtime and a warning saying what would fix it. */
public enum FlowStatus {
    OK,
    BLOCKED
}
