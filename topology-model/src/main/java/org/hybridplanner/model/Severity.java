package org.hybridplanner.model;

/** How urgently a reviewer should look at a warning. */
public enum Severity {
    INFO,
    WARNING,
    ERROR
}
