package org.hybridplanner.model;

/** How the self-hosted runtime reaches the Data Factory service: the regional FQDN, or the legacy wildcard. */
public enum EndpointStyle {
    REGIONAL,
    LEGACY
}
