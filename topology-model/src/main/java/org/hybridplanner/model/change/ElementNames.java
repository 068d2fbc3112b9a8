package org.hybridplanner.model.change;

import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Link;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Plan;

/**
 * Plan elements named in words, as comparisons, merges, removals and the canvas's announcements say them. An id the
 * plan does not hold is said as the id itself (a removed element named from the plan that no longer has it).
 */
public final class ElementNames {
    private ElementNames() {
    }

    /** The location's name, for example "Amsterdam DC". */
    public static String location(Plan plan, String id) {
        return plan.location(id).map(Location::name).orElse(id);
    }

    /** The data store's name, for example "Orders". */
    public static String store(Plan plan, String id) {
        return plan.dataStore(id).map(DataStore::name).orElse(id);
    }

    /** "Orders → Warehouse". */
    public static String flow(Plan plan, Flow flow) {
        return store(plan, flow.source()) + " → " + store(plan, flow.sink());
    }

    /** "Amsterdam DC ↔ Azure (Site-to-site VPN)". */
    public static String link(Plan plan, Link link) {
        return location(plan, link.first()) + " ↔ " + location(plan, link.second()) + " ("
                + link.type().displayName() + ")";
    }
}
