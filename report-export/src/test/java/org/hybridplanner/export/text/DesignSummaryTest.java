package org.hybridplanner.export.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hybridplanner.export.ExportFixtures;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.Severity;
import org.hybridplanner.model.Warning;
import org.junit.jupiter.api.Test;

class DesignSummaryTest {

    @Test
    void countsReadAsWordsInTheirNumber() {
        Recommendation recommendation = ExportFixtures.datacenterWithExpressRoute().recommendation();

        assertThat(DesignSummary.of(recommendation)).isEqualTo("Hybrid scenario · 3 flows · 2 runtimes · "
                + recommendation.firewallRules().size() + " firewall rules · 0 warnings");
    }

    @Test
    void oneOfEachIsSingular() {
        Recommendation full = ExportFixtures.datacenterWithExpressRoute().recommendation();
        Recommendation one = new Recommendation(full.scenario(), full.flows().subList(0, 1),
                full.runtimes().subList(0, 1), full.firewallRules().subList(0, 1), full.allowlist(),
                full.credentials(), full.encryption(),
                List.of(new Warning("PORT_1433_AVOIDABLE", Severity.INFO, "erp-to-dwh", "Port 1433 is open.",
                        "allowlist")), full.references());

        assertThat(DesignSummary.of(one))
                .isEqualTo("Hybrid scenario · 1 flow · 1 runtime · 1 firewall rule · 1 warning");
    }

    @Test
    void blockedFlowsAreCountedInBrackets() {
        Recommendation estate = ExportFixtures.mixedAzureAndAwsEstate().recommendation();

        assertThat(DesignSummary.of(estate)).contains(" flows (1 blocked) · ");
    }
}
