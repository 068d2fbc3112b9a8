package org.hybridplanner.model;

/** Azure integration runtime (managed by Microsoft) or self-hosted integration runtime (on a machine you run). */
public enum RuntimeType {
    AZURE,
    SELF_HOSTED
}
