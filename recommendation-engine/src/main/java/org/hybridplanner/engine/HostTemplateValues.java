package org.hybridplanner.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The values the host and purpose templates of firewall-rules.json are filled with ({@code {dataFactoryName}},
 * {@code {region}}, {@code {keyVaultName}}), in one place: the recommendation's rules and the planner's forms
 * ({@link RuleBook#dataFactoryServiceHost}) must name the same Data Factory host.
 */
final class HostTemplateValues {
    private HostTemplateValues() {
    }

    /**
     * The values for one factory. Its name is lower-cased (DNS names are case-insensitive and the service's FQDN
     * is written in lower case); a vault without a name is "the vault".
     */
    static Map<String, String> of(String factoryName, String region, String keyVaultName) {
        return Map.of("dataFactoryName", factoryName == null ? "" : factoryName.toLowerCase(Locale.ROOT),
                "region", Objects.requireNonNullElse(region, ""),
                "keyVaultName", Objects.requireNonNullElse(keyVaultName, "the vault"));
    }
}
