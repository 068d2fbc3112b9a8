package org.hybridplanner.engine;

import org.hybridplanner.model.LocationKind;

/** Which locations a placement or network rule matches: a kind, a family of kinds, or the runtime's own location. */
enum LocationSelector {
    ANY,
    PRIVATE,
    PUBLIC,
    /** The far end is the runtime's own location (network rules only). */
    SAME_LOCATION,
    ON_PREMISES,
    AZURE_VIRTUAL_NETWORK,
    AWS_VPC,
    AZURE_PUBLIC,
    PUBLIC_INTERNET;

    boolean matches(LocationKind kind) {
        return switch (this) {
            case ANY -> true;
            case PRIVATE -> kind.isPrivate();
            case PUBLIC -> !kind.isPrivate();
            case SAME_LOCATION -> false;
            default -> name().equals(kind.name());
        };
    }
}
