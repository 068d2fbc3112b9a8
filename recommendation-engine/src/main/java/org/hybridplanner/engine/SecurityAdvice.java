package org.hybridplanner.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hybridplanner.engine.SeedRows.CredentialAdviceRow;
import org.hybridplanner.engine.SeedRows.ScenarioSelector;
import org.hybridplanner.engine.SeedRows.StoreTypeRow;
import org.hybridplanner.model.Advice;
import org.hybridplanner.model.CredentialAdvice;
import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.EncryptionAdvice;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.RuntimePlacement;
import org.hybridplanner.model.RuntimeType;

/**
 * The advice concern: encryption in transit and at rest for every data store (from its type's catalog row), and
 * where the credentials live (from credential-advice.json, chosen by the plan's credential store and scenario).
 */
final class SecurityAdvice {
    private final RuleBook rules;
    private final Plan plan;
    private final Findings findings;

    SecurityAdvice(RuleBook rules, Plan plan, Findings findings) {
        this.rules = rules;
        this.plan = plan;
        this.findings = findings;
    }

    List<EncryptionAdvice> encryption() {
        List<EncryptionAdvice> advice = new ArrayList<>(plan.dataStores().size());
        // Advice depends on the store type only: build each type's lists once and share them (records are immutable).
        Map<String, List<List<Advice>>> byType = new HashMap<>();
        for (DataStore store : plan.dataStores()) {
            List<List<Advice>> lists = byType.computeIfAbsent(store.type(), type -> {
                StoreTypeRow row = rules.storeTypes.get(type);
                return List.of(advice(row.inTransit()), advice(row.atRest()));
            });
            advice.add(new EncryptionAdvice(store.id(), store.type(), lists.get(0), lists.get(1)));
        }
        return advice;
    }

    private List<Advice> advice(List<String> ids) {
        return ids.stream().map(rules.encryptionAdvice::get)
                .map(row -> findings.advice(row.text(), row.reference(), row.claim()))
                .toList();
    }

    CredentialAdvice credentials(List<RuntimePlacement> runtimes) {
        List<String> selfHostedIds = runtimes.stream().filter(r -> r.type() == RuntimeType.SELF_HOSTED)
                .map(RuntimePlacement::id).toList();
        ScenarioSelector scenario = selfHostedIds.isEmpty() ? ScenarioSelector.CLOUD : ScenarioSelector.HYBRID;
        CredentialStore store = plan.credentials().store();
        if (store == CredentialStore.SELF_HOSTED_LOCAL && selfHostedIds.isEmpty()) {
            findings.warn("LOCAL_CREDENTIALS_WITHOUT_SELF_HOSTED_RUNTIME", "credentials", Map.of());
        }
        Map<String, String> values = Map.of(
                "keyVaultName", Objects.requireNonNullElse(plan.credentials().keyVaultName(),
                        "(name the vault in the plan)"),
                "runtimes", String.join(", ", selfHostedIds));
        List<Advice> advice = new ArrayList<>();
        for (CredentialAdviceRow row : rules.credentialAdvice) {
            if (row.id() != null) {
                continue;
            }
            boolean scenarioMatches = row.scenario() == ScenarioSelector.ANY || row.scenario() == scenario;
            boolean remoteMatches = row.remoteAccessFromIntranet() == null
                    || row.remoteAccessFromIntranet() == plan.runtime().remoteAccessFromIntranet();
            if (row.store().matches(store) && scenarioMatches && remoteMatches) {
                advice.add(findings.advice(Templates.fill(row.text(), values), row.reference(), row.claim()));
            }
        }
        storeTypeAdvice(advice);
        return new CredentialAdvice(store, plan.credentials().keyVaultName(), advice);
    }

    /** The catalog's credential advice for the store types in the plan, each naming the stores it is for. */
    private void storeTypeAdvice(List<Advice> advice) {
        Map<String, List<String>> storesByAdvice = new LinkedHashMap<>();
        rules.storeCredentialAdvice.keySet().forEach(id -> storesByAdvice.put(id, new ArrayList<>()));
        for (DataStore store : plan.dataStores()) {
            StoreTypeRow row = rules.storeTypes.get(store.type());
            row.credentials().forEach(id -> storesByAdvice.get(id).add(store.name()));
        }
        storesByAdvice.forEach((id, stores) -> {
            if (!stores.isEmpty()) {
                CredentialAdviceRow row = rules.storeCredentialAdvice.get(id);
                advice.add(findings.advice(Templates.fill(row.text(), Map.of("stores", String.join(", ", stores))),
                        row.reference(), row.claim()));
            }
        });
    }
}
