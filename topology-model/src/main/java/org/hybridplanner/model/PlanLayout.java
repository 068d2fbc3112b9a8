package org.hybridplanner.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The positions the user gave elements on the diagram. Optional in the plan: an element without a position is
 * placed by the automatic layout, and an empty layout means "arrange everything automatically". Positions never
 * change the recommendation. Maps are kept sorted by id, so that a written plan is the same for the same layout.
 *
 * @param locations location id to the position of its zone on the canvas
 * @param dataStores data store id to the position of its node inside its location's zone
 */
public record PlanLayout(
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Position> locations,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Position> dataStores) {
    /** Largest coordinate accepted, in diagram units: far beyond any drawing, small enough for every target. */
    public static final int MAX_COORDINATE = 100_000;
    /** No positions: everything is arranged automatically. */
    public static final PlanLayout EMPTY = new PlanLayout(Map.of(), Map.of());

    public PlanLayout {
        locations = sorted(locations);
        dataStores = sorted(dataStores);
    }

    private static SortedMap<String, Position> sorted(Map<String, Position> positions) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(positions == null ? Map.of() : positions));
    }

    @JsonIgnore
    public boolean isEmpty() {
        return locations.isEmpty() && dataStores.isEmpty();
    }

    public Optional<Position> location(String id) {
        return Optional.ofNullable(locations.get(id));
    }

    public Optional<Position> dataStore(String id) {
        return Optional.ofNullable(dataStores.get(id));
    }

    /** This layout with the location's zone at {@code position}. */
    public PlanLayout withLocation(String id, Position position) {
        Map<String, Position> changed = new TreeMap<>(locations);
        changed.put(id, position);
        return new PlanLayout(changed, dataStores);
    }

    /** This layout with the store's node at {@code position} inside its zone. */
    public PlanLayout withDataStore(String id, Position position) {
        Map<String, Position> changed = new TreeMap<>(dataStores);
        changed.put(id, position);
        return new PlanLayout(locations, changed);
    }

    /** This layout without the store's position (it is then placed automatically). */
    public PlanLayout withoutDataStore(String id) {
        Map<String, Position> changed = new TreeMap<>(dataStores);
        changed.remove(id);
        return new PlanLayout(locations, changed);
    }

    /** The positions of the plan's elements only: what removed elements left behind goes. */
    public PlanLayout keptFor(Plan plan) {
        Set<String> locationIds = new HashSet<>();
        plan.locations().forEach(location -> locationIds.add(location.id()));
        Set<String> storeIds = new HashSet<>();
        plan.dataStores().forEach(store -> storeIds.add(store.id()));
        if (locationIds.containsAll(locations.keySet()) && storeIds.containsAll(dataStores.keySet())) {
            return this;
        }
        Map<String, Position> keptLocations = new TreeMap<>(locations);
        keptLocations.keySet().retainAll(locationIds);
        Map<String, Position> keptStores = new TreeMap<>(dataStores);
        keptStores.keySet().retainAll(storeIds);
        return new PlanLayout(keptLocations, keptStores);
    }

    /** This layout with location ids renamed by {@code rename} (an id the function keeps stays). */
    public PlanLayout withLocationIds(UnaryOperator<String> rename) {
        Map<String, Position> renamed = new TreeMap<>();
        locations.forEach((id, position) -> renamed.put(rename.apply(id), position));
        return new PlanLayout(renamed, dataStores);
    }

    /** This layout with data store ids renamed by {@code rename}. */
    public PlanLayout withDataStoreIds(UnaryOperator<String> rename) {
        Map<String, Position> renamed = new TreeMap<>();
        dataStores.forEach((id, position) -> renamed.put(rename.apply(id), position));
        return new PlanLayout(locations, renamed);
    }

    /** Leaves an empty layout out of a written plan: plans without positions read as they did before. */
    static final class EmptyFilter {
        @Override
        public boolean equals(Object value) {
            return value instanceof PlanLayout layout && layout.isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
