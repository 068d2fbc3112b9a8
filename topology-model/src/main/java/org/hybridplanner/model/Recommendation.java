package org.hybridplanner.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The network design derived from a plan, for the Azure cloud of its data factory: how each flow runs, the
 * runtimes and where they go, every firewall rule and allowlist entry, credential and encryption advice, warnings,
 * and the references they cite.
 */
public record Recommendation(
        Scenario scenario,
        AzureCloud cloud,
        List<FlowDecision> flows,
        List<RuntimePlacement> runtimes,
        List<FirewallRule> firewallRules,
        List<AllowlistEntry> allowlist,
        CredentialAdvice credentials,
        List<EncryptionAdvice> encryption,
        List<Warning> warnings,
        List<Reference> references) {

    public Recommendation {
        Objects.requireNonNull(scenario, "scenario");
        cloud = cloud == null ? AzureCloud.PUBLIC : cloud;
        flows = List.copyOf(flows);
        runtimes = List.copyOf(runtimes);
        firewallRules = List.copyOf(firewallRules);
        allowlist = List.copyOf(allowlist);
        encryption = List.copyOf(encryption);
        warnings = List.copyOf(warnings);
        references = List.copyOf(references);
    }

    /** A recommendation in the Azure public cloud. */
    public Recommendation(Scenario scenario, List<FlowDecision> flows, List<RuntimePlacement> runtimes,
            List<FirewallRule> firewallRules, List<AllowlistEntry> allowlist, CredentialAdvice credentials,
            List<EncryptionAdvice> encryption, List<Warning> warnings, List<Reference> references) {
        this(scenario, AzureCloud.PUBLIC, flows, runtimes, firewallRules, allowlist, credentials, encryption, warnings,
                references);
    }

    public Optional<FlowDecision> flow(String id) {
        return flows.stream().filter(flow -> flow.id().equals(id)).findFirst();
    }

    public Optional<RuntimePlacement> runtime(String id) {
        return runtimes.stream().filter(runtime -> runtime.id().equals(id)).findFirst();
    }

    public Optional<Reference> reference(String id) {
        return references.stream().filter(reference -> reference.id().equals(id)).findFirst();
    }

    public List<FirewallRule> rulesOf(String runtimeId) {
        return firewallRules.stream().filter(rule -> rule.runtime().equals(runtimeId)).toList();
    }
}
