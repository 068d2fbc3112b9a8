package org.hybridplanner.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Link;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.ValidatedPlan;

/**
 * The warnings about the plan as a whole: store types that carry a warning (plain FTP, ...), and locations, data
 * stores and links that no flow uses (docs/decisions.md, "Unused plan elements"). Placement tells it what each
 * flow uses.
 */
final class PlanWarnings {
    private final RuleBook rules;
    private final ValidatedPlan plan;
    private final Findings findings;
    private final Set<String> usedLocations = new HashSet<>();
    /** By position in the plan: marked for both stores of every flow, where a set would cost a hash per mark. */
    private final boolean[] usedStores;
    private final Set<Integer> usedLinks = new HashSet<>();

    PlanWarnings(RuleBook rules, ValidatedPlan plan, Findings findings) {
        this.rules = rules;
        this.plan = plan;
        this.findings = findings;
        this.usedStores = new boolean[plan.plan().dataStores().size()];
    }

    /** The data store at this position in the plan is used by a flow. */
    void usedStore(int position) {
        usedStores[position] = true;
    }

    void used(Location location) {
        usedLocations.add(location.id());
    }

    void usedLocations(List<String> locationIds) {
        usedLocations.addAll(locationIds);
    }

    void usedLink(int linkIndex) {
        usedLinks.add(linkIndex);
    }

    /** The warnings the store catalog attaches to each store's type. */
    void storeWarnings() {
        for (DataStore store : plan.plan().dataStores()) {
            for (String code : rules.storeTypes.get(store.type()).warnings()) {
                // "connector" names an OTHER_CONNECTOR store's Data Factory type (UNKNOWN_CONNECTOR's message).
                findings.warn(code, store.id(), Map.of("store", store.name(),
                        "connector", Objects.requireNonNullElse(store.connector(), "(not named)")));
            }
        }
    }

    /** A warning for every location, data store and link that no flow uses. */
    void unusedWarnings() {
        for (Location location : plan.plan().locations()) {
            if (!usedLocations.contains(location.id())) {
                findings.warn("UNUSED_LOCATION", location.id(), Map.of("location", location.name()));
            }
        }
        List<DataStore> stores = plan.plan().dataStores();
        for (int i = 0; i < stores.size(); i++) {
            if (!usedStores[i]) {
                DataStore store = stores.get(i);
                findings.warn("UNUSED_DATA_STORE", store.id(), Map.of("store", store.name()));
            }
        }
        List<Link> links = plan.plan().links();
        for (int i = 0; i < links.size(); i++) {
            if (!usedLinks.contains(i)) {
                Link link = links.get(i);
                findings.warn("UNUSED_LINK", "links[" + i + "]", Map.of("linkType", link.type().displayName(),
                        "oneEnd", plan.location(link.first()).name(),
                        "otherEnd", plan.location(link.second()).name()));
            }
        }
    }
}
