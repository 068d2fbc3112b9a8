package org.hybridplanner.model;

import java.util.List;
import java.util.Optional;

/** What a plan may contain: the known store types and link types, with where each may stand or join. */
public record Catalog(List<StoreTypeSpec> storeTypes, List<LinkTypeSpec> linkTypes) {
    public Catalog {
        storeTypes = List.copyOf(storeTypes);
        linkTypes = List.copyOf(linkTypes);
    }

    public Optional<StoreTypeSpec> storeType(String type) {
        return storeTypes.stream().filter(spec -> spec.type().equals(type)).findFirst();
    }

    public Optional<LinkTypeSpec> linkType(LinkType type) {
        return linkTypes.stream().filter(spec -> spec.type() == type).findFirst();
    }

    /** Store types that may stand in the given kind of location, in catalog order. */
    public List<StoreTypeSpec> storeTypesFor(LocationKind kind) {
        return storeTypes.stream().filter(spec -> spec.mayStandIn(kind)).toList();
    }

    /** Link types that may join the two kinds, in catalog order. */
    public List<LinkType> linkTypesJoining(LocationKind one, LocationKind other) {
        return linkTypes.stream().filter(spec -> spec.mayJoin(one, other)).map(LinkTypeSpec::type).toList();
    }
}
