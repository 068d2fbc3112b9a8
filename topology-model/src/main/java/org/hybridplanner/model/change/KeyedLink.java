package org.hybridplanner.model.change;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hybridplanner.model.Link;

/**
 * A link with the key that matches it across versions of a plan: its ends in a fixed order, and its place among
 * links joining the same two locations ({@code dc ↔ vnet #2}). Links have no id of their own.
 */
record KeyedLink(String key, Link link) {
    static List<KeyedLink> of(List<Link> links) {
        Map<String, Integer> seen = new HashMap<>();
        List<KeyedLink> keyed = new ArrayList<>(links.size());
        for (Link link : links) {
            String ends = link.first().compareTo(link.second()) <= 0 ? link.first() + " ↔ " + link.second()
                    : link.second() + " ↔ " + link.first();
            int occurrence = seen.merge(ends, 1, Integer::sum);
            keyed.add(new KeyedLink(occurrence == 1 ? ends : ends + " #" + occurrence, link));
        }
        return keyed;
    }
}
