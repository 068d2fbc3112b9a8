package org.hybridplanner.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    /**
     * By position in the plan: stores are marked for both ends of every flow, locations and links for every pair of
     * locations the flows join, where a set would cost a hash per mark.
     */
    private final boolean[] usedLocations;
    private final boolean[] usedStores;
    private final boolean[] usedLinks;

    PlanWarnings(RuleBook rules, ValidatedPlan plan, Findings findings) {
        this.rules = rules;
        this.plan = plan;
        this.findings = findings;
        this.usedLocations = new boolean[plan.plan().locations().size()];
        this.usedStores = new boolean[plan.plan().dataStores().size()];
        this.usedLinks = new boolean[plan.plan().links().size()];
    }

    /** The data store at this position in the plan is used by a flow. */
    void usedStore(int position) {
        usedStores[position] = true;
    }

    /** The location at this position in the plan is used by a flow. */
    void usedLocation(int position) {
        usedLocations[position] = true;
    }

    void usedLink(int linkIndex) {
        usedLinks[linkIndex] = true;
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
        List<Location> locations = plan.plan().locations();
        for (int i = 0; i < locations.size(); i++) {
            if (!usedLocations[i]) {
                Location location = locations.get(i);
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
            if (!usedLinks[i]) {
                Link link = links.get(i);
                findings.warn("UNUSED_LINK", "links[" + i + "]", Map.of("linkType", link.type().displayName(),
                        "oneEnd", plan.location(link.first()).name(),
                        "otherEnd", plan.location(link.second()).name()));
            }
        }
    }
}
