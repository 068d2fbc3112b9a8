package org.hybridplanner.export.script;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hybridplanner.export.ExportContext;
import org.hybridplanner.model.AddressBasis;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.RuleScope;
import org.hybridplanner.model.RuntimePlacement;

/**
 * Writes a bash script of Azure CLI commands: data-store firewall and virtual-network rules for every Azure SQL
 * Database, Synapse, Cosmos DB and Data Lake Store allowlist entry, and NSG outbound rules for runtimes in virtual
 * networks. Resource names the plan does not know (servers, workspaces, accounts, NSGs, subnets) are variables
 * that default to the plan's ids and can be overridden from the environment. Commands are create-or-update
 * where the CLI offers it; the rest check first. Every value is single-quoted.
 */
public final class AzureCliScriptExporter {
    /** Where Azure NSG rules start numbering; override with NSG_PRIORITY_BASE. */
    static final int PRIORITY_BASE = 1000;

    public String export(Plan plan, Recommendation recommendation, ExportContext context) {
        StringBuilder out = new StringBuilder("#!/usr/bin/env bash\n");
        for (String line : ScriptText.header("Azure CLI: data-store firewall rules and NSG outbound rules.", plan,
                context, "adds firewall and virtual-network rules to the Azure SQL Database servers, Synapse"
                        + " workspaces, Cosmos DB accounts and Data Lake Store accounts below, and outbound rules to"
                        + " the network security groups of self-hosted runtimes in virtual networks. It removes"
                        + " nothing.")) {
            out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        out.append("""
                # Idempotent: rule names are derived from the runtime, so re-running updates the same rules.
                # Before running: az login; set RESOURCE_GROUP; check the resource-name variables below.
                set -euo pipefail
                : "${RESOURCE_GROUP:?set RESOURCE_GROUP to the resource group holding these resources}"
                """);
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
        if (entries.isEmpty() && nsgRules.isEmpty()) {
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
                    .append(ScriptText.comment(entry.reference())).append("]\n");
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
            String tag = serviceTagOf(rule.host());
            out.append("# NSG outbound for runtime ").append(ScriptText.comment(rule.runtime())).append(": ")
                    .append(ScriptText.comment(rule.host())).append(':').append(rule.port()).append(" — ")
                    .append(ScriptText.comment(rule.purpose())).append(" [").append(ScriptText.comment(rule.reference()))
                    .append("]\n");
            if (tag.equals("Internet")) {
                out.append("# No service tag covers ").append(ScriptText.comment(rule.host()))
                        .append(": the rule allows the Internet tag on this port.\n");
            }
            out.append("az network nsg rule create --resource-group \"$RESOURCE_GROUP\" --nsg-name \"$")
                    .append(nsgVariables.get(location)).append("\" --name ")
                    .append(ScriptText.bash("hp-" + rule.runtime() + "-out-" + (priority + 1)))
                    .append(" --priority \"$((NSG_PRIORITY_BASE + ").append(priority).append("))\"")
                    .append(" --direction Outbound --access Allow --protocol Tcp --source-address-prefixes")
                    .append(" VirtualNetwork --destination-port-ranges ").append(ScriptText.bash(
                            Integer.toString(rule.port())))
                    .append(" --destination-address-prefixes ").append(ScriptText.bash(tag))
                    .append(" --description ").append(ScriptText.bash(description(rule.purpose())))
                    .append(" --output none\n");
            priority++;
        }
        out.append("echo 'Done.'\n");
        return out.toString();
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
        if (vnet == null || kind == StoreKind.SYNAPSE || kind == StoreKind.DATA_LAKE_STORE) {
            out.append("# The runtime reaches this store privately (").append(ScriptText.comment(
                    String.join(", ", entry.addresses()))).append("); ").append(kind.noun)
                    .append(" has no virtual-network rule for that here: use a private endpoint.\n");
            return;
        }
        String subnet = "\"$" + subnets.get(location) + "\"";
        if (kind == StoreKind.SQL_DATABASE) {
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

    /** The Azure service tag an NSG rule for {@code host} can name; {@code Internet} when none fits. */
    static String serviceTagOf(String host) {
        String h = host == null ? "" : host.toLowerCase(java.util.Locale.ROOT);
        if (h.endsWith(".servicebus.windows.net")) {
            return "ServiceBus";
        }
        if (h.endsWith(".datafactory.azure.net") || h.endsWith(".frontend.clouddatahub.net")) {
            return "DataFactoryManagement";
        }
        if (h.endsWith(".core.windows.net")) {
            return "Storage";
        }
        if (h.endsWith(".database.windows.net")) {
            return "Sql";
        }
        if (h.endsWith(".azuredatalakestore.net")) {
            return "AzureDataLake";
        }
        if (h.startsWith("login.microsoftonline.com")) {
            return "AzureActiveDirectory";
        }
        if (h.endsWith(".vault.azure.net")) {
            return "AzureKeyVault";
        }
        if (h.endsWith(".documents.azure.com")) {
            return "AzureCosmosDB";
        }
        return "Internet";
    }

    private static StoreKind kind(DataStore store) {
        String type = store.type();
        if (type.equals("AZURE_SQL_DATABASE")) {
            return StoreKind.SQL_DATABASE;
        }
        if (type.contains("SYNAPSE")) {
            return StoreKind.SYNAPSE;
        }
        if (type.contains("COSMOS")) {
            return StoreKind.COSMOS_DB;
        }
        if (type.contains("DATA_LAKE")) {
            return StoreKind.DATA_LAKE_STORE;
        }
        return null;
    }

    private enum StoreKind {
        SQL_DATABASE("Azure SQL Database server"),
        SYNAPSE("Synapse workspace"),
        COSMOS_DB("Cosmos DB account"),
        DATA_LAKE_STORE("Data Lake Store account");

        final String noun;

        StoreKind(String noun) {
            this.noun = noun;
        }
    }

}
