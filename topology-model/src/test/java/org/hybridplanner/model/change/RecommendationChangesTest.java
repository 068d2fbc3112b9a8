package org.hybridplanner.model.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hybridplanner.model.AddressBasis;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.RuleScope;
import org.hybridplanner.model.Scenario;
import org.hybridplanner.model.TransportProtocol;
import org.junit.jupiter.api.Test;

class RecommendationChangesTest {
    private static final FirewallRule SERVICE_BUS = rule("*.servicebus.windows.net", "Command channel");
    private static final FirewallRule DOWNLOAD = rule("download.microsoft.com", "Auto-update");
    private static final AllowlistEntry DWH_EGRESS = new AllowlistEntry("dwh", "shir-dc", List.of("203.0.113.10"),
            AddressBasis.EGRESS_IPS, "ref-allowlist");

    private static FirewallRule rule(String host, String purpose) {
        return new FirewallRule("shir-dc", RuleScope.CORPORATE_FIREWALL, Direction.OUTBOUND, host, 443,
                TransportProtocol.TCP, purpose, "ref-ports");
    }

    private static Recommendation design(List<FirewallRule> rules, List<AllowlistEntry> allowlist) {
        return new Recommendation(Scenario.HYBRID, List.of(), List.of(), rules, allowlist, null, List.of(),
                List.of(), List.of());
    }

    @Test
    void theSameDesignHasNoChanges() {
        Recommendation design = design(List.of(SERVICE_BUS, DOWNLOAD), List.of(DWH_EGRESS));

        assertThat(RecommendationChanges.between(design, design).isEmpty()).isTrue();
    }

    @Test
    void listsRulesAndAllowlistEntriesAddedAndRemoved() {
        AllowlistEntry lake = new AllowlistEntry("lake", "shir-dc", List.of("10.0.0.0/16"),
                AddressBasis.ADDRESS_SPACES, "ref-allowlist");
        Recommendation before = design(List.of(SERVICE_BUS, DOWNLOAD), List.of(DWH_EGRESS));
        Recommendation after = design(List.of(SERVICE_BUS), List.of(DWH_EGRESS, lake));

        RecommendationChanges changes = RecommendationChanges.between(before, after);

        assertThat(changes.removedRules()).containsExactly(DOWNLOAD);
        assertThat(changes.addedRules()).isEmpty();
        assertThat(changes.addedAllowlist()).containsExactly(lake);
        assertThat(changes.removedAllowlist()).isEmpty();
        assertThat(changes.isEmpty()).isFalse();
    }

    @Test
    void aRuleWhoseExplanationAloneChangedIsTheSameRule() {
        Recommendation before = design(List.of(SERVICE_BUS), List.of());
        Recommendation after = design(List.of(rule("*.servicebus.windows.net", "Reworded purpose")), List.of());

        assertThat(RecommendationChanges.between(before, after).isEmpty()).isTrue();
    }

    @Test
    void anEntryWhoseAddressesChangedIsRemovedAndAddedButTheirOrderDoesNotMatter() {
        AllowlistEntry two = new AllowlistEntry("dwh", "shir-dc", List.of("203.0.113.10", "203.0.113.11"),
                AddressBasis.EGRESS_IPS, "ref-allowlist");
        AllowlistEntry twoReordered = new AllowlistEntry("dwh", "shir-dc", List.of("203.0.113.11", "203.0.113.10"),
                AddressBasis.EGRESS_IPS, "ref-allowlist");

        RecommendationChanges widened = RecommendationChanges.between(design(List.of(), List.of(DWH_EGRESS)),
                design(List.of(), List.of(two)));

        assertThat(widened.removedAllowlist()).containsExactly(DWH_EGRESS);
        assertThat(widened.addedAllowlist()).containsExactly(two);
        assertThat(RecommendationChanges.between(design(List.of(), List.of(two)),
                design(List.of(), List.of(twoReordered))).isEmpty()).isTrue();
    }

    @Test
    void aRuleListedForTwoFlowsIsReportedOnce() {
        Recommendation after = design(List.of(SERVICE_BUS, SERVICE_BUS), List.of());

        assertThat(RecommendationChanges.between(design(List.of(), List.of()), after).addedRules())
                .containsExactly(SERVICE_BUS);
    }
}
