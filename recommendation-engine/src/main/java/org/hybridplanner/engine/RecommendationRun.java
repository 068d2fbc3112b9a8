package org.hybridplanner.engine;

import java.util.List;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.CredentialAdvice;
import org.hybridplanner.model.EncryptionAdvice;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.FlowDecision;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.RuntimePlacement;
import org.hybridplanner.model.Scenario;
import org.hybridplanner.model.ValidatedPlan;

/**
 * One recommendation: everything here is local to a single call. Each concern has its class, run in the order
 * their results depend on each other (flows place the runtimes; the runtimes' flows give the firewall rules and the
 * allowlist), and all of them report what they cite and warn about to one {@link Findings}.
 */
final class RecommendationRun {
    private final RuleBook rules;
    private final ValidatedPlan plan;

    RecommendationRun(RuleBook rules, ValidatedPlan plan) {
        this.rules = rules;
        this.plan = plan;
    }

    Recommendation recommend() {
        Findings findings = new Findings(rules);
        PlanWarnings warnings = new PlanWarnings(rules, plan, findings);
        Runtimes runtimes = new Runtimes(rules, plan, findings);
        StoreAccess access = new StoreAccess(plan);
        NetworkSanity sanity = new NetworkSanity(plan, findings);
        FlowPlacement placement = new FlowPlacement(rules, plan, findings, new Routes(rules, plan), runtimes,
                warnings, access, sanity);
        List<FlowDecision> decisions = placement.decideAll();
        List<Runtimes.Draft> inOrder = runtimes.inOrder();
        List<RuntimePlacement> placed = inOrder.stream().map(Runtimes.Draft::toPlacement).toList();
        List<FirewallRule> firewallRules = new FirewallRules(rules, plan, findings, access).of(inOrder);
        List<AllowlistEntry> allowlist = new Allowlist(rules, plan, findings, access).of(inOrder);
        new PrivateAccess(plan, findings, access).advise(inOrder);
        SecurityAdvice advice = new SecurityAdvice(rules, plan.plan(), findings);
        List<EncryptionAdvice> encryption = advice.encryption();
        warnings.storeWarnings();
        warnings.unusedWarnings();
        sanity.addresses();
        sanity.duplicateNames();
        CredentialAdvice credentials = advice.credentials(placed);
        Scenario scenario = decisions.stream().anyMatch(d -> d.scenario() == Scenario.HYBRID)
                ? Scenario.HYBRID
                : Scenario.CLOUD;
        return new Recommendation(scenario, plan.cloud(), decisions, placed, firewallRules, allowlist, credentials,
                encryption, findings.warnings(), findings.references());
    }
}
