package org.hybridplanner.model;

import java.util.Objects;

/** The data factory whose integration runtimes are being planned. */
public record DataFactory(String name, String region, EndpointStyle endpointStyle) {
    public DataFactory {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        endpointStyle = endpointStyle == null ? EndpointStyle.REGIONAL : endpointStyle;
    }
}
