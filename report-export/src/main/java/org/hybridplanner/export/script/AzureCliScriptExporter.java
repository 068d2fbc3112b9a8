package org.hybridplanner.export.script;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hybridplanner.export.ExportContext;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.AddressBasis;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.DestinationMatch;
import org.hybridplanner.model.DisablePublicAccess;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PrivateEndpointSpec;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.RuleScope;
import org.hybridplanner.model.RuntimePlacement;
import org.hybridplanner.model.StoreFirewall;
import org.hybridplanner.model.StoreTypeSpec;

/**
 * Writes a bash script of Azure CLI commands: data-store firewall and virtual-network rules for every Azure SQL
 * Database, Synapse, Cosmos DB, Data Lake Store, storage account (Data Lake Storage Gen2, Azure Files) and
 * PostgreSQL or MySQL server allowlist entry (the other allowlist entries are listed to set by hand), and NSG
 * outbound rules for runtimes in virtual networks (service tags; the Internet tag where no tag narrows the
 * destination; the address range of a private endpoint's network), and lists the domains an NSG cannot match for
 * Azure Firewall application rules. It first selects the data factory's cloud
 * ({@code az cloud set}). Resource names the plan does not know (servers, workspaces, accounts, NSGs, subnets) are
 * variables that default to the plan's ids and can be overridden from the environment. Commands are
 * create-or-update where the CLI offers it; the rest check first. Every value is single-quoted. Which firewall a
 * store has comes from the store catalog. For stores reached through a private endpoint it creates the private DNS
 * zone of the store's type (private-endpoints.json) and links it to the endpoint's virtual network, and it disables
 * public network access only on stores the recommendation says every runtime reaches privately, with the command
 * private-endpoints.json gives for the store's resource (or, where the CLI has none, what to do instead).
 */
public final class AzureCliScriptExporter {
    /** Where Azure NSG rules start numbering; override with NSG_PRIORITY_BASE. */
    static final int PRIORITY_BASE = 1000;

    private final Catalog catalog;

    /** An exporter over the standard store catalog. */
    public AzureCliScriptExporter() {
        this(RecommendationEngine.standard().catalog());
    }

    public AzureCliScriptExporter(Catalog catalog) {
        this.catalog = catalog;
    }

    public String export(Plan plan, Recommendation recommendation, ExportContext context) {
        StringBuilder out = new StringBuilder("#!/usr/bin/env bash\n");
        for (String line : ScriptText.header("Azure CLI: data-store firewall rules and NSG outbound rules.", plan,
                context, "adds firewall and virtual-network rules to the Azure SQL Database servers, Synapse"
                        + " workspaces, Cosmos DB accounts, Data Lake Store accounts, storage accounts and"
                        + " PostgreSQL and MySQL servers below, and outbound rules to the network security groups"
                        + " of self-hosted runtimes in virtual networks; links private DNS zones to the networks of"
                        + " private endpoints and disables public network access only on stores every runtime"
                        + " reaches privately. It removes nothing.")) {
            out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        out.append("""
                # Idempotent: rule names are derived from the runtime, so re-running updates the same rules.
                # Before running: az login; set RESOURCE_GROUP; check the resource-name variables below.
                set -euo pipefail
                : "${RESOURCE_GROUP:?set RESOURCE_GROUP to the resource group holding these resources}"
                """);
        out.append("# The data factory's region ").append(ScriptText.comment(plan.dataFactory().region()))
                .append(" is in ").append(recommendation.cloud().displayName())
                .append(": every command below runs against that cloud.\n");
        out.append("az cloud set --name ").append(ScriptText.bash(recommendation.cloud().cliName())).append('\n');
        out.append("PLAN_NAME=").append(ScriptText.bash(plan.name())).append('\n');
        out.append("echo \"Plan: $PLAN_NAME\"\n\n");
        Map<String, DataStore> stores = new LinkedHashMap<>();
        plan.dataStores().forEach(store -> stores.put(store.id(), store));
        Map<String, Location> locations = new LinkedHashMap<>();
        plan.locations().forEach(location -> locations.put(location.id(), location));
        List<AllowlistEntry> entries = recommendation.allowlist().stream()
                .filter(entry -> stores.containsKey(entry.dataStore()) && kind(stores.get(entry.dataStore())) != null)
                .toList();
        Map<String, String> resourceVariables = ScriptText.variables("RESOURCE",
                entries.stream().map(AllowlistEntry::dataStore).toList());
        Set<String> vnetLocations = new LinkedHashSet<>();
        for (AllowlistEntry entry : entries) {
            if (entry.basis() == AddressBasis.ADDRESS_SPACES) {
                runtimeLocation(recommendation, entry.runtime()).ifPresent(vnetLocations::add);
            }
        }
        List<FirewallRule> nsgRules = recommendation.firewallRules().stream()
                .filter(rule -> rule.scope() == RuleScope.NETWORK_SECURITY_GROUP
                        && rule.direction() == Direction.OUTBOUND)
                .toList();
        Set<String> nsgLocations = new LinkedHashSet<>();
        nsgRules.forEach(rule -> runtimeLocation(recommendation, rule.runtime()).ifPresent(nsgLocations::add));
        Map<String, String> vnetVariables = ScriptText.variables("VNET", vnetLocations);
        Map<String, String> subnetVariables = ScriptText.variables("SUBNET", vnetLocations);
        Map<String, String> nsgVariables = ScriptText.variables("NSG", nsgLocations);
        List<FirewallRule> nameRules = recommendation.firewallRules().stream()
                .filter(rule -> rule.scope() == RuleScope.AZURE_FIREWALL).toList();
        List<DataStore> zoneStores = plan.dataStores().stream()
                .filter(store -> warned(recommendation, "PRIVATE_DNS_ZONE", store)).toList();
        List<DataStore> closable = plan.dataStores().stream()
                .filter(store -> warned(recommendation, "PUBLIC_ACCESS_CAN_BE_DISABLED", store)).toList();
        if (entries.isEmpty() && nsgRules.isEmpty() && zoneStores.isEmpty() && closable.isEmpty()) {
            byHand(out, recommendation, stores);
            out.append("echo 'Nothing to configure: no Azure data store allowlist entry and no NSG rule in this"
                    + " plan.'\n");
            return out.toString();
        }
        out.append("# Resource names: defaults are the plan's ids; override any of them in the environment.\n");
        resourceVariables.forEach((store, variable) -> out.append(variable).append("=${").append(variable)
                .append(":-").append(ScriptText.bash(store)).append("}  # ")
                .append(ScriptText.comment(stores.get(store).name())).append(" (")
                .append(kind(stores.get(store)).noun).append(")\n"));
        vnetVariables.forEach((location, variable) -> out.append(variable).append("=${").append(variable)
                .append(":-").append(ScriptText.bash(location)).append("}  # virtual network of ")
                .append(ScriptText.comment(locations.get(location) == null ? location
                        : locations.get(location).name())).append('\n'));
        subnetVariables.forEach((location, variable) -> out.append(variable).append("=${").append(variable)
                .append(":-'default'}  # subnet of the runtime machines in ").append(ScriptText.comment(location))
                .append('\n'));
        nsgVariables.forEach((location, variable) -> out.append(variable).append("=${").append(variable)
                .append(":-").append(ScriptText.bash(location + "-nsg")).append("}  # NSG of the runtime subnet in ")
                .append(ScriptText.comment(location)).append('\n'));
        if (!nsgRules.isEmpty()) {
            out.append("NSG_PRIORITY_BASE=${NSG_PRIORITY_BASE:-").append(PRIORITY_BASE).append("}\n");
        }
        out.append('\n');
        Map<String, Integer> counters = new LinkedHashMap<>();
        for (AllowlistEntry entry : entries) {
            DataStore store = stores.get(entry.dataStore());
            StoreKind kind = kind(store);
            String resource = "\"$" + resourceVariables.get(store.id()) + "\"";
            out.append("# ").append(ScriptText.comment(store.name())).append(" (").append(kind.noun)
                    .append(") must allow runtime ").append(ScriptText.comment(entry.runtime())).append(" [")
                    .append(ScriptText.comment(entry.reference())).append("]\n")
                    .append(ScriptText.notes(entry.notes(), "# "));
            if (entry.basis() == AddressBasis.PRIVATE_ENDPOINT
                    || entry.basis() == AddressBasis.MANAGED_PRIVATE_ENDPOINT) {
                out.append("# Nothing to allow: ").append(ScriptText.comment(entry.purpose())).append("\n\n");
                continue;
            }
            if (entry.addresses().isEmpty()) {
                out.append("echo ").append(ScriptText.bash("SKIPPED " + store.id() + ": the plan has no addresses"
                        + " for runtime " + entry.runtime() + " (see the warnings)")).append('\n');
                continue;
            }
            switch (entry.basis()) {
                case EGRESS_IPS -> ipRules(out, kind, resource, store, entry, counters);
                case ADDRESS_SPACES -> networkRule(out, kind, resource, entry, recommendation, vnetVariables,
                        subnetVariables);
                case SERVICE_TAG -> serviceTag(out, kind, resource, entry);
            }
            out.append('\n');
        }
        int priority = 0;
        for (FirewallRule rule : nsgRules) {
            String location = runtimeLocation(recommendation, rule.runtime()).orElse(null);
            if (location == null) {
                continue;
            }
            String tag = rule.match() == DestinationMatch.SERVICE_TAG || rule.match() == DestinationMatch.ANY_ADDRESS
                    ? rule.destination() : "Internet";
            out.append("# NSG outbound for runtime ").append(ScriptText.comment(rule.runtime())).append(": ")
                    .append(ScriptText.comment(rule.host())).append(':').append(rule.port()).append(" — ")
                    .append(ScriptText.comment(rule.purpose())).append(" [")
                    .append(ScriptText.comment(rule.reference())).append("]\n")
                    .append(ScriptText.notes(rule.notes(), "# "));
            String prefixes;
            if (rule.match() == DestinationMatch.ADDRESS_RANGE) {
                // A private endpoint: its network's ranges, never a tag (docs/decisions.md).
                List<String> ranges = List.of(rule.destination().split(",\\s*"));
                if (!ranges.stream().allMatch(range -> ScriptText.ipv4Range(range) != null || range.contains(":"))) {
                    out.append("echo ").append(ScriptText.bash("SKIPPED " + rule.runtime() + " to " + rule.host()
                            + ": the plan gives no address space for " + rule.destination()
                            + "; allow the private endpoint's address by hand")).append('\n');
                    continue;
                }
                prefixes = String.join(" ", ranges.stream().map(ScriptText::bash).toList());
            } else {
                prefixes = ScriptText.bash(tag);
            }
            if (rule.match() != DestinationMatch.SERVICE_TAG && rule.match() != DestinationMatch.ADDRESS_RANGE) {
                out.append("# An NSG filters by address, not by name: this allows the ").append(ScriptText.comment(tag))
                        .append(" tag on this port; ").append(ScriptText.comment(rule.host()))
                        .append(" itself can only be allowed on Azure Firewall (see the end of this script).\n");
            }
            out.append("az network nsg rule create --resource-group \"$RESOURCE_GROUP\" --nsg-name \"$")
                    .append(nsgVariables.get(location)).append("\" --name ")
                    .append(ScriptText.bash("hp-" + rule.runtime() + "-out-" + (priority + 1)))
                    .append(" --priority \"$((NSG_PRIORITY_BASE + ").append(priority).append("))\"")
                    .append(" --direction Outbound --access Allow --protocol Tcp --source-address-prefixes")
                    .append(" VirtualNetwork --destination-port-ranges ").append(ScriptText.bash(
                            Integer.toString(rule.port())))
                    .append(" --destination-address-prefixes ").append(prefixes)
                    .append(" --description ").append(ScriptText.bash(description(rule.purpose())))
                    .append(" --output none\n");
            priority++;
        }
        privateDnsZones(out, plan, recommendation, zoneStores);
        publicNetworkAccess(out, closable);
        nameAwareRules(out, nameRules);
        byHand(out, recommendation, stores);
        out.append("echo 'Done.'\n");
        return out.toString();
    }

    /**
     * Allowlist entries of stores whose firewall this script cannot set (SQL Managed Instance's subnet, Data
     * Explorer, Snowflake, ...): listed with the entry's own instructions. Redshift is the AWS CLI script's.
     */
    private void byHand(StringBuilder out, Recommendation recommendation, Map<String, DataStore> stores) {
        List<AllowlistEntry> entries = recommendation.allowlist().stream()
                .filter(entry -> stores.containsKey(entry.dataStore()) && kind(stores.get(entry.dataStore())) == null
                        && catalog.storeType(stores.get(entry.dataStore()).type()).map(StoreTypeSpec::firewall)
                                .orElse(StoreFirewall.NONE) == StoreFirewall.NONE)
                .toList();
        if (entries.isEmpty()) {
            return;
        }
        out.append("\n# Not configured by this script: set these allowlist entries yourself.\n");
        for (AllowlistEntry entry : entries) {
            out.append("#   ").append(ScriptText.comment(stores.get(entry.dataStore()).name())).append(", runtime ")
                    .append(ScriptText.comment(entry.runtime())).append(": allow ")
                    .append(ScriptText.comment(entry.addresses().isEmpty() ? "(addresses missing: see the warnings)"
                            : String.join(", ", entry.addresses()))).append(" — ")
                    .append(ScriptText.comment(entry.purpose())).append('\n');
        }
    }

    private static boolean warned(Recommendation recommendation, String code, DataStore store) {
        return recommendation.warnings().stream()
                .anyMatch(warning -> warning.code().equals(code) && warning.subject().equals(store.id()));
    }

    /** The private DNS zone of each store reached through a private endpoint, linked to the endpoint's network. */
    private void privateDnsZones(StringBuilder out, Plan plan, Recommendation recommendation,
            List<DataStore> stores) {
        Map<String, String> networks = ScriptText.variables("ENDPOINT_VNET", stores.stream()
                .map(AzureCliScriptExporter::endpointNetwork).distinct().toList());
        networks.forEach((network, variable) -> out.append(variable).append("=${").append(variable).append(":-")
                .append(ScriptText.bash(network)).append("}  # virtual network holding private endpoints\n"));
        for (DataStore store : stores) {
            String zone = catalog.privateEndpoint(store.type())
                    .flatMap(spec -> spec.privateDnsZone(recommendation.cloud())).orElse(null);
            if (zone == null) {
                continue;
            }
            String network = endpointNetwork(store);
            String variable = "\"$" + networks.get(network) + "\"";
            out.append("# ").append(ScriptText.comment(store.name())).append(" is reached through its private")
                    .append(" endpoint in ").append(ScriptText.comment(network)).append(": its name must resolve")
                    .append(" in ").append(zone).append(" [Decision: private endpoints]\n");
            out.append("az network private-dns zone show --resource-group \"$RESOURCE_GROUP\" --name ")
                    .append(ScriptText.bash(zone)).append(" --output none 2>/dev/null || az network private-dns")
                    .append(" zone create --resource-group \"$RESOURCE_GROUP\" --name ").append(ScriptText.bash(zone))
                    .append(" --output none\n");
            String link = ScriptText.bash("hp-" + network);
            out.append("az network private-dns link vnet show --resource-group \"$RESOURCE_GROUP\" --zone-name ")
                    .append(ScriptText.bash(zone)).append(" --name ").append(link)
                    .append(" --output none 2>/dev/null || az network private-dns link vnet create --resource-group")
                    .append(" \"$RESOURCE_GROUP\" --zone-name ").append(ScriptText.bash(zone)).append(" --name ")
                    .append(link).append(" --virtual-network ").append(variable)
                    .append(" --registration-enabled false --output none\n\n");
        }
    }

    private static String endpointNetwork(DataStore store) {
        return store.privateEndpoint() != null ? store.privateEndpoint() : store.location();
    }

    /**
     * Public network access off, only where every runtime reaches the store privately: each resource's own command
     * from private-endpoints.json, or what to do where the Azure CLI has none.
     */
    private void publicNetworkAccess(StringBuilder out, List<DataStore> stores) {
        Map<String, String> variables = ScriptText.variables("PRIVATE_STORE",
                stores.stream().map(DataStore::id).toList());
        for (DataStore store : stores) {
            String variable = variables.get(store.id());
            PrivateEndpointSpec spec = catalog.privateEndpoint(store.type()).orElse(null);
            String noun = spec == null ? "resource" : spec.resource().noun();
            out.append(variable).append("=${").append(variable).append(":-").append(ScriptText.bash(store.id()))
                    .append("}  # ").append(ScriptText.comment(noun)).append(" of ")
                    .append(ScriptText.comment(store.name())).append("\n# Every runtime reaches ")
                    .append(ScriptText.comment(store.name()))
                    .append(" privately: public network access off [Decision: public network access]\n");
            DisablePublicAccess off = spec == null ? null : spec.disablePublicAccess();
            String command = off == null ? null
                    : off.azureCli("\"$RESOURCE_GROUP\"", "\"$" + variable + "\"").orElse(null);
            if (command != null) {
                out.append(command).append(" --output none\n\n");
                continue;
            }
            out.append("# This script knows no Azure CLI command for it. ").append(ScriptText.comment(off == null
                    ? "Turn public network access off in the resource's networking settings."
                    : off.inWords(noun))).append('\n');
            out.append("echo ").append(ScriptText.bash("TO DO BY HAND: turn public network access off on "
                    + store.id() + " (" + noun + "), see the comment above")).append("\n\n");
        }
    }

    /** Domains an NSG cannot match: listed for Azure Firewall application rules, not configured here. */
    private static void nameAwareRules(StringBuilder out, List<FirewallRule> rules) {
        if (rules.isEmpty()) {
            return;
        }
        out.append("\n# ").append(RuleScope.AZURE_FIREWALL.displayName()).append(": an NSG cannot match domain")
                .append(" names. Route the runtime subnets' outbound traffic through Azure Firewall (or the corporate")
                .append(" proxy)\n# and allow these names there (application rules for HTTPS; network rules with FQDN")
                .append(" filtering for other ports):\n");
        for (FirewallRule rule : rules) {
            out.append("#   runtime ").append(ScriptText.comment(rule.runtime())).append(": ")
                    .append(ScriptText.comment(rule.destination())).append(" TCP ").append(rule.port()).append(" — ")
                    .append(ScriptText.comment(rule.purpose())).append(" [").append(ScriptText.comment(
                            rule.reference())).append("]\n").append(ScriptText.notes(rule.notes(), "#     "));
        }
    }

    private static void ipRules(StringBuilder out, StoreKind kind, String resource, DataStore store,
            AllowlistEntry entry, Map<String, Integer> counters) {
        if (kind == StoreKind.COSMOS_DB) {
            // --ip-range-filter replaces the whole list: merge with what is there so nothing is lost.
            out.append("current=$(az cosmosdb show --resource-group \"$RESOURCE_GROUP\" --name ").append(resource)
                    .append(" --query 'ipRules[].ipAddressOrRange' --output tsv)\n");
            out.append("merged=$(printf '%s\\n' $current ")
                    .append(String.join(" ", entry.addresses().stream().map(ScriptText::bash).toList()))
                    .append(" | sort -u | paste -sd, -)\n");
            out.append("az cosmosdb update --resource-group \"$RESOURCE_GROUP\" --name ").append(resource)
                    .append(" --ip-range-filter \"$merged\" --output none\n");
            return;
        }
        if (kind == StoreKind.STORAGE_ACCOUNT) {
            for (String rule : entry.addresses()) {
                if (rule.contains(":")) {
                    // The storage firewall takes public IPv4 addresses and ranges only.
                    out.append("echo ").append(ScriptText.bash("SKIPPED " + rule + ": storage account firewall rules"
                            + " take IPv4 addresses only")).append('\n');
                    continue;
                }
                out.append("if ! az storage account network-rule list --resource-group \"$RESOURCE_GROUP\"")
                        .append(" --account-name ").append(resource)
                        .append(" --query 'ipRules[].ipAddressOrRange' --output tsv | grep -qxF ")
                        .append(ScriptText.bash(rule)).append("; then\n");
                out.append("  az storage account network-rule add --resource-group \"$RESOURCE_GROUP\" --account-name ")
                        .append(resource).append(" --ip-address ").append(ScriptText.bash(rule))
                        .append(" --output none\nfi\n");
            }
            return;
        }
        for (String address : entry.addresses()) {
            String[] range = ScriptText.ipv4Range(address);
            if (range == null) {
                out.append("echo ").append(ScriptText.bash("SKIPPED " + address + ": " + kind.noun
                        + " firewall rules take IPv4 ranges only")).append('\n');
                continue;
            }
            int number = counters.merge(store.id() + "/" + entry.runtime(), 1, Integer::sum);
            String name = ScriptText.bash("hp-" + entry.runtime() + "-" + number);
            switch (kind) {
                case SQL_DATABASE -> out.append("az sql server firewall-rule create --resource-group")
                        .append(" \"$RESOURCE_GROUP\" --server ").append(resource).append(" --name ").append(name);
                case SYNAPSE -> out.append("az synapse workspace firewall-rule create --resource-group")
                        .append(" \"$RESOURCE_GROUP\" --workspace-name ").append(resource).append(" --name ")
                        .append(name);
                case DATA_LAKE_STORE -> out.append("az dls account firewall create --resource-group")
                        .append(" \"$RESOURCE_GROUP\" --account ").append(resource).append(" --firewall-rule-name ")
                        .append(name);
                case POSTGRESQL -> out.append("az postgres flexible-server firewall-rule create --resource-group")
                        .append(" \"$RESOURCE_GROUP\" --name ").append(resource).append(" --rule-name ").append(name);
                case MYSQL -> out.append("az mysql flexible-server firewall-rule create --resource-group")
                        .append(" \"$RESOURCE_GROUP\" --name ").append(resource).append(" --rule-name ").append(name);
                default -> throw new IllegalStateException(kind.name());
            }
            out.append(" --start-ip-address ").append(ScriptText.bash(range[0])).append(" --end-ip-address ")
                    .append(ScriptText.bash(range[1])).append(" --output none\n");
        }
    }

    private static void networkRule(StringBuilder out, StoreKind kind, String resource, AllowlistEntry entry,
            Recommendation recommendation, Map<String, String> vnets, Map<String, String> subnets) {
        String location = runtimeLocation(recommendation, entry.runtime()).orElse(null);
        String vnet = location == null ? null : vnets.get(location);
        if (vnet == null || kind == StoreKind.SYNAPSE || kind == StoreKind.DATA_LAKE_STORE
                || kind == StoreKind.POSTGRESQL || kind == StoreKind.MYSQL) {
            out.append("# The runtime reaches this store privately (").append(ScriptText.comment(
                    String.join(", ", entry.addresses()))).append("); ").append(kind.noun)
                    .append(" has no virtual-network rule for that here: use a private endpoint.\n");
            return;
        }
        String subnet = "\"$" + subnets.get(location) + "\"";
        if (kind == StoreKind.STORAGE_ACCOUNT) {
            // Needs the Microsoft.Storage service endpoint on the subnet; the command adds the rule, not the endpoint.
            out.append("az storage account network-rule add --resource-group \"$RESOURCE_GROUP\" --account-name ")
                    .append(resource).append(" --vnet-name \"$").append(vnet).append("\" --subnet ").append(subnet)
                    .append(" --output none  # the subnet needs the Microsoft.Storage service endpoint\n");
        } else if (kind == StoreKind.SQL_DATABASE) {
            out.append("az sql server vnet-rule create --resource-group \"$RESOURCE_GROUP\" --server ")
                    .append(resource).append(" --name ").append(ScriptText.bash("hp-" + entry.runtime()))
                    .append(" --vnet-name \"$").append(vnet).append("\" --subnet ").append(subnet)
                    .append(" --output none\n");
        } else {
            out.append("subnet_id=$(az network vnet subnet show --resource-group \"$RESOURCE_GROUP\" --vnet-name \"$")
                    .append(vnet).append("\" --name ").append(subnet).append(" --query id --output tsv)\n");
            out.append("if ! az cosmosdb network-rule list --resource-group \"$RESOURCE_GROUP\" --name ")
                    .append(resource).append(" --query '[].id' --output tsv | grep -qixF \"$subnet_id\"; then\n");
            out.append("  az cosmosdb network-rule add --resource-group \"$RESOURCE_GROUP\" --name ").append(resource)
                    .append(" --subnet \"$subnet_id\" --output none\nfi\n");
        }
    }

    private static void serviceTag(StringBuilder out, StoreKind kind, String resource, AllowlistEntry entry) {
        String tag = String.join(", ", entry.addresses());
        if (kind == StoreKind.DATA_LAKE_STORE) {
            out.append("az dls account update --resource-group \"$RESOURCE_GROUP\" --account ").append(resource)
                    .append(" --allow-azure-ips Enabled --output none\n");
            return;
        }
        out.append("# The Azure integration runtime connects from the ").append(ScriptText.comment(tag))
                .append(" service tag. ").append(kind.noun).append(" firewalls take IP ranges, not service tags:\n")
                .append("# allow the tag's current ranges (Azure IP Ranges and Service Tags download), or the\n")
                .append("# 'Allow Azure services' setting, which admits all of Azure. Left for you to decide.\n");
    }

    private static java.util.Optional<String> runtimeLocation(Recommendation recommendation, String runtime) {
        return recommendation.runtime(runtime).map(RuntimePlacement::location);
    }

    private static String description(String purpose) {
        String text = purpose.length() > 140 ? purpose.substring(0, 140) : purpose;
        return "Hybrid planner: " + text;
    }

    /** The store's firewall as the catalog states it; null when the script configures none for its type. */
    private StoreKind kind(DataStore store) {
        StoreFirewall firewall = catalog.storeType(store.type()).map(StoreTypeSpec::firewall)
                .orElse(StoreFirewall.NONE);
        return switch (firewall) {
            case AZURE_SQL_SERVER -> StoreKind.SQL_DATABASE;
            case SYNAPSE_WORKSPACE -> StoreKind.SYNAPSE;
            case COSMOS_DB_ACCOUNT -> StoreKind.COSMOS_DB;
            case DATA_LAKE_STORE_ACCOUNT -> StoreKind.DATA_LAKE_STORE;
            case STORAGE_ACCOUNT -> StoreKind.STORAGE_ACCOUNT;
            case POSTGRESQL_SERVER -> StoreKind.POSTGRESQL;
            case MYSQL_SERVER -> StoreKind.MYSQL;
            case NONE, REDSHIFT_CLUSTER_SECURITY_GROUP -> null;
        };
    }

    private enum StoreKind {
        SQL_DATABASE(StoreFirewall.AZURE_SQL_SERVER),
        SYNAPSE(StoreFirewall.SYNAPSE_WORKSPACE),
        COSMOS_DB(StoreFirewall.COSMOS_DB_ACCOUNT),
        DATA_LAKE_STORE(StoreFirewall.DATA_LAKE_STORE_ACCOUNT),
        STORAGE_ACCOUNT(StoreFirewall.STORAGE_ACCOUNT),
        POSTGRESQL(StoreFirewall.POSTGRESQL_SERVER),
        MYSQL(StoreFirewall.MYSQL_SERVER);

        final String noun;

        StoreKind(StoreFirewall firewall) {
            this.noun = firewall.noun();
        }
    }
}
