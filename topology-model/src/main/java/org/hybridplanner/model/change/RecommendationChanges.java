package org.hybridplanner.model.change;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.Recommendation;

/**
 * What a security reviewer asks of two designs: which firewall rules and which data-store allowlist entries the
 * later one adds and which it drops. A rule is the same rule when its runtime, place, direction, host, port and
 * protocol are the same (its purpose and citation are explanation, not configuration); an allowlist entry is the
 * same when its store, runtime, basis and set of addresses are the same, so an entry whose addresses changed shows
 * as one removed and one added.
 *
 * @param addedRules rules only the later design has, in its order
 * @param removedRules rules only the earlier design has, in its order
 * @param addedAllowlist allowlist entries only the later design has
 * @param removedAllowlist allowlist entries only the earlier design has
 */
public record RecommendationChanges(List<FirewallRule> addedRules, List<FirewallRule> removedRules,
        List<AllowlistEntry> addedAllowlist, List<AllowlistEntry> removedAllowlist) {
    public RecommendationChanges {
        addedRules = List.copyOf(addedRules);
        removedRules = List.copyOf(removedRules);
        addedAllowlist = List.copyOf(addedAllowlist);
        removedAllowlist = List.copyOf(removedAllowlist);
    }

    /** The differences from {@code before} to {@code after}. */
    public static RecommendationChanges between(Recommendation before, Recommendation after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return new RecommendationChanges(
                onlyIn(after.firewallRules(), before.firewallRules(), RecommendationChanges::ruleKey),
                onlyIn(before.firewallRules(), after.firewallRules(), RecommendationChanges::ruleKey),
                onlyIn(after.allowlist(), before.allowlist(), RecommendationChanges::entryKey),
                onlyIn(before.allowlist(), after.allowlist(), RecommendationChanges::entryKey));
    }

    public boolean isEmpty() {
        return addedRules.isEmpty() && removedRules.isEmpty() && addedAllowlist.isEmpty()
                && removedAllowlist.isEmpty();
    }

    private static <T> List<T> onlyIn(List<T> these, List<T> others, Function<T, Object> key) {
        Set<Object> otherKeys = new java.util.HashSet<>();
        others.forEach(item -> otherKeys.add(key.apply(item)));
        // One entry per key: the engine may list the same rule for two flows; the reviewer needs it once.
        Map<Object, T> only = new LinkedHashMap<>();
        these.stream().filter(item -> !otherKeys.contains(key.apply(item)))
                .forEach(item -> only.putIfAbsent(key.apply(item), item));
        return List.copyOf(only.values());
    }

    private static Object ruleKey(FirewallRule rule) {
        return List.of(rule.runtime(), rule.scope(), rule.direction(), String.valueOf(rule.host()), rule.port(),
                rule.protocol());
    }

    private static Object entryKey(AllowlistEntry entry) {
        return List.of(entry.dataStore(), entry.runtime(), entry.basis(), new TreeSet<>(entry.addresses()));
    }
}
