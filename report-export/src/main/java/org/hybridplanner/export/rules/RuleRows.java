package org.hybridplanner.export.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hybridplanner.model.AddressBasis;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Reason;
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
                    allow(rule), Integer.toString(rule.port()), rule.protocol().name(), rule.purpose(),
                    rule.reference(), rule.notes()));
        }
        Map<String, String> storeNames = new HashMap<>();
        plan.dataStores().forEach(store -> storeNames.put(store.id(), store.name()));
        for (AllowlistEntry entry : recommendation.allowlist()) {
            String where = "Allowlist of " + storeNames.getOrDefault(entry.dataStore(), entry.dataStore());
            StringBuilder purpose = new StringBuilder(entry.purpose().isEmpty()
                    ? "Let runtime " + entry.runtime() + " reach " + entry.dataStore() + " (" + basis(entry) + ")"
                    : entry.purpose());
            // The entry's notes read before the remark on missing addresses, so they are part of the purpose here.
            entry.notes().forEach(note -> purpose.append(' ').append(note.text()));
            List<String> addresses = entry.addresses().isEmpty() ? List.of("") : entry.addresses();
            // Through a (managed) private endpoint there is nothing to allow: no address is missing.
            boolean nothingToAllow = entry.basis() == AddressBasis.PRIVATE_ENDPOINT
                    || entry.basis() == AddressBasis.MANAGED_PRIVATE_ENDPOINT;
            for (String address : addresses) {
                rows.add(new RuleRow(where, ALLOWLIST, entry.runtime(), "inbound", address, basis(entry), "", "TCP",
                        address.isEmpty() && !nothingToAllow
                                ? purpose + "; addresses missing from the plan, see warnings" : purpose.toString(),
                        references(entry), List.of()));
            }
        }
        return rows;
    }

    /** The references an allowlist entry cites, its own first, then those of its notes ("; " between them). */
    public static String references(AllowlistEntry entry) {
        return entry.reasons().stream().map(Reason::reference).distinct().collect(Collectors.joining("; "));
    }

    /** The allowlist entries of one store. */
    public static List<AllowlistEntry> allowlistOf(Recommendation recommendation, DataStore store) {
        return recommendation.allowlist().stream().filter(entry -> entry.dataStore().equals(store.id())).toList();
    }

    /** What the rule's boundary allows, in words: the domain, a service tag, a prefix list, any address or a range. */
    public static String allow(FirewallRule rule) {
        if (rule.match() == null) {
            return "";
        }
        return switch (rule.match()) {
            case DOMAIN -> "domain " + rule.destination();
            case SERVICE_TAG -> "service tag " + rule.destination();
            case PREFIX_LIST -> "prefix list " + rule.destination();
            case ANY_ADDRESS -> "any address (" + rule.destination() + "); name needs a name-aware firewall";
            case ADDRESS_RANGE -> "address range " + rule.destination() + " (private endpoint)";
        };
    }

    static String basis(AllowlistEntry entry) {
        return entry.basis().displayName().toLowerCase(Locale.ROOT);
    }
}
