package org.hybridplanner.engine;

import java.util.List;
import java.util.Map;
import org.hybridplanner.model.AzureCloud;
import org.hybridplanner.model.ClaimKind;
import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.EndpointStyle;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.PrivateLinkResource;
import org.hybridplanner.model.RuleScope;
import org.hybridplanner.model.RuntimeHost;
import org.hybridplanner.model.RuntimeType;
import org.hybridplanner.model.Severity;
import org.hybridplanner.model.StoreCategory;
import org.hybridplanner.model.StoreFirewall;
import org.hybridplanner.model.TransportProtocol;
import org.hybridplanner.model.TransportSecurity;

/**
 * The rows of the seed tables in {@code seed-data}, one record per file. They are read strictly: an unknown key,
 * a missing required value or an unknown enum value (a selector, a scope, a claim kind) refuses to load. Field
 * meanings are documented in docs/rule-tables.md.
 */
final class SeedRows {
    private SeedRows() {
    }

    /**
     * references.json: a citable passage; {@code source} is the file (relative to the repository) it is quoted from;
     * {@code supports} the kinds of claim the passage was written for.
     */
    record ReferenceRow(String id, String document, String section, String url, String source, String quote,
            List<ClaimKind> supports) {
        ReferenceRow {
            supports = supports == null ? List.of() : List.copyOf(supports);
        }
    }

    /** azure-clouds.json: the region names of one Azure cloud. */
    record CloudRow(AzureCloud cloud, List<String> regions) {
    }

    /**
     * location-kinds.json: where a self-hosted runtime in a private location runs, where its rules go, and the
     * name-aware firewall that takes the domains its boundary cannot match (null when the boundary matches names).
     */
    record LocationKindRow(LocationKind kind, RuntimeHost runtimeHost, RuleScope firewallScope,
            RuleScope nameAwareScope, String reference) {
    }

    /**
     * link-types.json. {@code carriesServerTraffic} is false for links that connect single clients (point-to-site):
     * a flow over one is warned about, and it is never suggested as the fix for a blocked flow. {@code reference}
     * backs claims about the pairs in {@code tableJoins} (claim kind {@code claim}); other pairs cite
     * {@code beyondTableReference}.
     */
    record LinkTypeRow(LinkType type, boolean privatePath, boolean carriesServerTraffic, int preference,
            List<List<LocationKind>> joins, String reference, ClaimKind claim, List<List<LocationKind>> tableJoins,
            String beyondTableReference) {
        boolean inTable(LocationKind one, LocationKind other) {
            return tableJoins.stream().anyMatch(pair -> pair.get(0) == one && pair.get(1) == other
                    || pair.get(0) == other && pair.get(1) == one);
        }
    }

    /**
     * store-catalog.json: ids in inTransit/atRest name encryption-advice.json rows, ids in credentials name
     * credential-advice.json rows with an id; warnings name warnings.json codes; clouds, transport and firewall are
     * facts the engine and exporters read instead of guessing; sources name the documents the facts come from.
     */
    record StoreTypeRow(String type, String displayName, StoreCategory category, List<LocationKind> locationKinds,
            String placementNote, List<AzureCloud> clouds, TransportSecurity transport, StoreFirewall firewall,
            List<String> inTransit, List<String> atRest, List<String> credentials, List<String> warnings,
            List<String> sources) {
        StoreTypeRow {
            credentials = credentials == null ? List.of() : List.copyOf(credentials);
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    /**
     * data-factory-connectors.json: the store type of a Data Factory linked-service type (null while the catalog
     * has none). The factory import reads the other columns; the catalog only needs the mapping.
     */
    record ConnectorRow(String dataFactoryType, String storeType, LocationKind azureRuntimeLocation, String source,
            String note) {
    }

    /**
     * private-endpoints.json: what a store type offers for private access, keyed by store type; {@code sources}
     * names the published documents the row's facts come from.
     */
    record PrivateEndpointRow(String type, PrivateLinkResource resource, String subResource,
            Map<AzureCloud, String> privateDnsZones, boolean managedPrivateEndpoint, Boolean virtualNetworkIntegration,
            DisablePublicAccessRow disablePublicAccess, String reference, List<Source> sources) {
        PrivateEndpointRow {
            privateDnsZones = privateDnsZones == null ? Map.of() : Map.copyOf(privateDnsZones);
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    /**
     * How to turn a resource's public network access off: the Azure CLI and Azure PowerShell commands (with
     * {@code {resourceGroup}} and {@code {resource}}), or what to do instead, and the documents they come from.
     */
    record DisablePublicAccessRow(String azureCli, String azurePowerShell, String instead, List<Source> sources) {
        DisablePublicAccessRow {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    /** A published document a seed row rests on. */
    record Source(String document, String url) {
    }

    /** encryption-advice.json. */
    record EncryptionAdviceRow(String id, String text, String reference, ClaimKind claim) {
    }

    /**
     * allowlist-stores.json: store types whose firewall must allow the runtime's addresses; {@code setBy}, when
     * present, names the commands that set the entry.
     */
    record AllowlistRow(String type, String firewall, String reference, String setBy) {
    }

    /**
     * placement-rules.json, first match wins. A reference of {@code {link}} cites the link type the flow's private
     * path leaves the runtime by; any other reference backs a claim of kind {@code claim}.
     */
    record PlacementRule(String id, LocationSelector source, LocationSelector sink, Boolean sameLocation,
            Boolean requiresPrivatePath, RuntimeType runtime, End runtimeAt, String reason, String reference,
            ClaimKind claim) {
    }

    enum End {
        SOURCE,
        SINK
    }

    /** network-rules.json, first match wins, for the leg from the runtime's location to the flow's far end. */
    record NetworkRule(String id, LocationSelector farEnd, LinkType requiresLink, NetworkChoice network,
            RuntimeHost alternativeHost, String reason, String reference, ClaimKind claim) {
    }

    /**
     * firewall-rules.json. {@code hosts} names the destination in each cloud where the rule applies (empty: an
     * inbound rule, every cloud); {@code hostReferences} cites another reference for a cloud's host where the
     * table gives it only by its public name. {@code serviceTag} and {@code awsPrefixList} say what an address
     * filtering boundary can allow instead of the name. {@code flowWarning} names a warning raised for every served
     * flow that matches {@code flowWarningWhen}.
     */
    record FirewallRuleRow(String id, Direction direction, RuleSite site, Map<AzureCloud, String> hosts,
            Map<AzureCloud, String> hostReferences, ServiceTag serviceTag, String awsPrefixList, int port,
            TransportProtocol protocol, RuleCondition when, String purpose, String reference, String flowWarning,
            ServedFlowCondition flowWarningWhen) {
        FirewallRuleRow {
            hosts = hosts == null ? Map.of() : Map.copyOf(hosts);
            hostReferences = hostReferences == null ? Map.of() : Map.copyOf(hostReferences);
        }
    }

    /** Where a firewall row's rule goes. */
    enum RuleSite {
        /** The boundary of the runtime's location (location-kinds.json). */
        LOCATION_BOUNDARY,
        /** Windows Firewall on the runtime's machine. */
        RUNTIME_MACHINE
    }

    /** An Azure service tag; {@code coversOnlyTheService} is false for tags as broad as all of Azure. */
    record ServiceTag(String name, boolean coversOnlyTheService) {
    }

    /**
     * When a firewall rule applies; every stated field must hold, absent fields do not matter. {@code multipleNodes}:
     * the runtime has more than one node.
     */
    record RuleCondition(Boolean interactiveAuthoring, Boolean autoUpdate, Boolean remoteAccessFromIntranet,
            EndpointStyle endpointStyle, CredentialStore credentialStore, Boolean keyVaultNamed,
            Boolean multipleNodes, ServedFlowCondition servedFlow) {
    }

    /**
     * Holds when at least one flow the runtime serves matches every stated field. {@code touches}: the runtime
     * itself connects to a store of one of these types; {@code writes}: that store is the flow's sink.
     */
    record ServedFlowCondition(Boolean stagedCopy, List<String> touches, List<String> writes,
            Boolean storeReachedPublicly) {
    }

    /**
     * credential-advice.json. A row with an {@code id} is advice for store types: it applies when a store of a type
     * whose catalog row lists the id is in the plan, and {@code {stores}} names those stores.
     */
    record CredentialAdviceRow(String id, CredentialSelector store, ScenarioSelector scenario,
            Boolean remoteAccessFromIntranet, String text, String reference, ClaimKind claim) {
    }

    /** Which credential store a credential-advice row is for. */
    enum CredentialSelector {
        ANY,
        DATA_FACTORY_MANAGED,
        AZURE_KEY_VAULT,
        SELF_HOSTED_LOCAL;

        boolean matches(CredentialStore store) {
            return this == ANY || name().equals(store.name());
        }
    }

    /** Which scenario a credential-advice row is for: HYBRID when the plan has a self-hosted runtime. */
    enum ScenarioSelector {
        ANY,
        CLOUD,
        HYBRID
    }

    /** warnings.json: the message template of each warning code. */
    record WarningRow(String code, Severity severity, String message, String reference, ClaimKind claim) {
    }

    /** compliance.json. */
    record ComplianceRow(String reference, List<String> certifications) {
    }
}
