package org.hybridplanner.export.text;

import org.hybridplanner.model.FlowStatus;
import org.hybridplanner.model.Recommendation;

/**
 * The one-line summary of a recommended design that the editor and the shared page show above it, for example
 * "Hybrid scenario · 3 flows (1 blocked) · 1 runtime · 5 firewall rules · 1 warning".
 */
public final class DesignSummary {
    private DesignSummary() {
    }

    /** The summary line of {@code recommendation}. */
    public static String of(Recommendation recommendation) {
        long blocked = recommendation.flows().stream().filter(f -> f.status() == FlowStatus.BLOCKED).count();
        return recommendation.scenario().displayName() + " scenario · "
                + Quantity.of(recommendation.flows().size(), "flow") + (blocked > 0 ? " (" + blocked + " blocked)" : "")
                + " · " + Quantity.of(recommendation.runtimes().size(), "runtime")
                + " · " + Quantity.of(recommendation.firewallRules().size(), "firewall rule")
                + " · " + Quantity.of(recommendation.warnings().size(), "warning");
    }
}
