package org.hybridplanner.engine;

import java.util.List;
import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.EndpointStyle;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Network;
import org.hybridplanner.model.RuleScope;
import org.hybridplanner.model.RuntimeHost;
import org.hybridplanner.model.RuntimeType;
import org.hybridplanner.model.Severity;
import org.hybridplanner.model.TransportProtocol;

/**
 * The rows of the seed tables in {@code seed-data}, one record per file. They are read strictly: an unknown key,
 * a missing required value or an unknown enum value refuses to load. Field meanings are documented in
 * docs/rule-tables.md.
 */
final class SeedRows {
    private SeedRows() {
    }

    /** references.json: a citable passage; {@code source} is the file (relative to the repository) it is quoted from. */
    record ReferenceRow(String id, String document, String section, String url, String source, String quote) {
    }

    /** location-kinds.json: where a self-hosted runtime in a private location runs, and where its rules go. */
    record LocationKindRow(LocationKind kind, RuntimeHost runtimeHost, RuleScope firewallScope, String reference) {
    }

    /**
     * link-types.json. {@code carriesServerTraffic} is false for links that connect single clients (point-to-site):
     * a flow over one is warned about, and it is never suggested as the fix for a blocked flow.
     */
    record LinkTypeRow(LinkType type, boolean privatePath, boolean carriesServerTraffic, int preference,
            List<List<LocationKind>> joins, String reference) {
    }

    /** store-catalog.json: ids in inTransit/atRest name encryption-advice.json rows; warnings name warnings.json codes. */
    record StoreTypeRow(String type, String displayName, List<LocationKind> locationKinds, String placementNote,
            List<String> inTransit, List<String> atRest, List<String> warnings) {
    }

    /** encryption-advice.json. */
    record EncryptionAdviceRow(String id, String text, String reference) {
    }

    /** allowlist-stores.json: store types whose firewall must allow the runtime's addresses. */
    record AllowlistRow(String type, String firewall, String reference) {
    }

    /**
     * placement-rules.json, first match wins. {@code source}/{@code sink} name a location kind, or PRIVATE, PUBLIC
     * or ANY. A reference of {@code {link}} cites the link type the flow's private path leaves the runtime by.
     */
    record PlacementRule(String id, String source, String sink, Boolean sameLocation, Boolean requiresPrivatePath,
            RuntimeType runtime, End runtimeAt, String reason, String reference) {
    }

    enum End {
        SOURCE,
        SINK
    }

    /**
     * network-rules.json, first match wins, for the leg from the runtime's location to the flow's far end.
     * {@code farEnd} is SAME_LOCATION, PRIVATE, PUBLIC or a location kind; {@code network} is a {@link Network}
     * or FIRST_LINK_ON_PATH.
     */
    record NetworkRule(String id, String farEnd, LinkType requiresLink, String network, RuntimeHost alternativeHost,
            String reason, String reference) {
    }

    /**
     * firewall-rules.json. {@code scope} is LOCATION_BOUNDARY (the boundary of the runtime's location, from
     * location-kinds.json) or a {@link RuleScope}. {@code flowWarning} names a warning raised for every served flow
     * that triggers the rule.
     */
    record FirewallRuleRow(String id, Direction direction, String scope, String host, int port,
            TransportProtocol protocol, RuleCondition when, String purpose, String reference, String flowWarning) {
    }

    /** When a firewall rule applies; every stated field must hold, absent fields do not matter. */
    record RuleCondition(Boolean interactiveAuthoring, Boolean autoUpdate, Boolean remoteAccessFromIntranet,
            EndpointStyle endpointStyle, CredentialStore credentialStore, Boolean keyVaultNamed,
            ServedFlowCondition servedFlow) {
    }

    /** Holds when at least one flow the runtime serves matches every stated field. */
    record ServedFlowCondition(Boolean stagedCopy, List<String> touches, Boolean storeReachedPublicly) {
    }

    /** credential-advice.json; {@code store} ANY and {@code scenario} ANY match everything. */
    record CredentialAdviceRow(String store, String scenario, Boolean remoteAccessFromIntranet, String text,
            String reference) {
    }

    /** warnings.json: the message template of each warning code. */
    record WarningRow(String code, Severity severity, String message, String reference) {
    }

    /** compliance.json. */
    record ComplianceRow(String reference, List<String> certifications) {
    }
}
