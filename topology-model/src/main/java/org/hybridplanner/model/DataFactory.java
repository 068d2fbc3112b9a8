package org.hybridplanner.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The data factory whose integration runtimes are being planned.
 *
 * @param managedVirtualNetwork whether its Azure integration runtime runs in a Data Factory managed virtual
 *     network, where it can reach stores through managed private endpoints (plan-format version 2)
 */
public record DataFactory(String name, String region, EndpointStyle endpointStyle,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean managedVirtualNetwork) {
    public DataFactory {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        endpointStyle = endpointStyle == null ? EndpointStyle.REGIONAL : endpointStyle;
    }

    public DataFactory(String name, String region, EndpointStyle endpointStyle) {
        this(name, region, endpointStyle, false);
    }
}
