package org.hybridplanner.model;

/** Self-hosted integration runtime settings that change firewall requirements. */
public record RuntimeOptions(boolean interactiveAuthoring, boolean autoUpdate, boolean remoteAccessFromIntranet) {
    public static final RuntimeOptions DEFAULTS = new RuntimeOptions(true, true, false);
}
