package org.hybridplanner.export.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;

/** Flattens a recommendation's firewall rules and allowlist entries into one row per rule. */
public final class RuleRows {
    /** The {@link RuleRow#group()} of allowlist rows. */
    public static final String ALLOWLIST = "ALLOWLIST";

    private RuleRows() {
    }

    /** Firewall rules in recommendation order, then one allowlist row per store, runtime and address. */
    public static List<RuleRow> of(Plan plan, Recommendation recommendation) {
        List<RuleRow> rows = new ArrayList<>();
        for (FirewallRule rule : recommendation.firewallRules()) {
            rows.add(new RuleRow(rule.scope().displayName(), rule.scope().name(), rule.runtime(),
                    rule.direction().displayName().toLowerCase(Locale.ROOT), rule.host() == null ? "" : rule.host(),
                    Integer.toString(rule.port()), rule.protocol().name(), rule.purpose(), rule.reference()));
        }
        Map<String, String> storeNames = new HashMap<>();
        plan.dataStores().forEach(store -> storeNames.put(store.id(), store.name()));
        for (AllowlistEntry entry : recommendation.allowlist()) {
            String where = "Allowlist of " + storeNames.getOrDefault(entry.dataStore(), entry.dataStore());
            String purpose = "Let runtime " + entry.runtime() + " reach " + entry.dataStore() + " ("
                    + basis(entry) + ")";
            List<String> addresses = entry.addresses().isEmpty() ? List.of("") : entry.addresses();
            for (String address : addresses) {
                rows.add(new RuleRow(where, ALLOWLIST, entry.runtime(), "inbound", address, "", "TCP",
                        address.isEmpty() ? purpose + "; addresses missing from the plan, see warnings" : purpose,
                        entry.reference()));
            }
        }
        return rows;
    }

    /** The allowlist entries of one store. */
    public static List<AllowlistEntry> allowlistOf(Recommendation recommendation, DataStore store) {
        return recommendation.allowlist().stream().filter(entry -> entry.dataStore().equals(store.id())).toList();
    }

    static String basis(AllowlistEntry entry) {
        return entry.basis().displayName().toLowerCase(Locale.ROOT);
    }
}
