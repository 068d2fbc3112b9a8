package org.hybridplanner.export.script;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.export.ExportContext;
import org.hybridplanner.model.AddressBasis;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.RuleScope;
import org.hybridplanner.model.StoreFirewall;
import org.hybridplanner.model.StoreTypeSpec;

/**
 * Writes a bash script of AWS CLI commands: security-group ingress on the Redshift port for each Redshift
 * allowlist entry. The security group id of each cluster is a variable (the plan does not know it). A rule that
 * already exists ({@code InvalidPermission.Duplicate}) counts as done, so the script can be re-run. Which stores
 * are Redshift clusters comes from the store catalog. The outbound rules of runtimes in VPCs are listed as comments:
 * what their security groups can allow (addresses, prefix lists) and the domains only AWS Network Firewall or the
 * corporate proxy can match.
 */
public final class AwsCliScriptExporter {
    private final Catalog catalog;

    /** An exporter over the standard store catalog. */
    public AwsCliScriptExporter() {
        this(RecommendationEngine.standard().catalog());
    }

    public AwsCliScriptExporter(Catalog catalog) {
        this.catalog = catalog;
    }

    public String export(Plan plan, Recommendation recommendation, ExportContext context) {
        Map<String, DataStore> stores = plan.dataStores().stream()
                .collect(Collectors.toMap(DataStore::id, store -> store, (a, b) -> a, java.util.LinkedHashMap::new));
        List<AllowlistEntry> entries = recommendation.allowlist().stream()
                .filter(entry -> stores.containsKey(entry.dataStore())
                        && catalog.storeType(stores.get(entry.dataStore()).type()).map(StoreTypeSpec::firewall)
                                .orElse(StoreFirewall.NONE) == StoreFirewall.REDSHIFT_CLUSTER_SECURITY_GROUP)
                .toList();
        StringBuilder out = new StringBuilder("#!/usr/bin/env bash\n");
        for (String line : ScriptText.header("AWS CLI: Redshift security-group ingress for the integration"
                + " runtimes.", plan, context, "adds inbound TCP rules on the Redshift port to the security groups"
                        + " below, one per runtime address. It removes nothing.")) {
            out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        out.append("""
                # Idempotent: a rule that already exists is reported and skipped.
                # Before running: configure the AWS CLI (profile and region) and set the security group ids below.
                set -euo pipefail
                REDSHIFT_PORT=${REDSHIFT_PORT:-5439}
                """);
        out.append("PLAN_NAME=").append(ScriptText.bash(plan.name())).append('\n');
        out.append("echo \"Plan: $PLAN_NAME\"\n");
        outboundNotes(out, recommendation);
        if (entries.isEmpty()) {
            out.append("echo 'Nothing to configure: no Amazon Redshift allowlist entry in this plan.'\n");
            return out.toString();
        }
        Map<String, String> groups = ScriptText.variables("SECURITY_GROUP",
                entries.stream().map(AllowlistEntry::dataStore).toList());
        out.append("\n# Security group of each Redshift cluster (sg-...): required.\n");
        groups.forEach((store, variable) -> out.append(": \"${").append(variable).append(":?set ").append(variable)
                .append(" to the security group id of ").append(shellSafe(store)).append("}\"  # ")
                .append(ScriptText.comment(stores.get(store).name())).append('\n'));
        out.append("""

                authorize() {
                  local group=$1 permissions=$2 output
                  if output=$(aws ec2 authorize-security-group-ingress --group-id "$group" --ip-permissions "$permissions" 2>&1); then
                    echo "added: $group $permissions"
                  elif grep -q 'InvalidPermission.Duplicate' <<<"$output"; then
                    echo "exists: $group $permissions"
                  else
                    echo "$output" >&2
                    return 1
                  fi
                }

                """);
        for (AllowlistEntry entry : entries) {
            DataStore store = stores.get(entry.dataStore());
            out.append("# ").append(ScriptText.comment(store.name())).append(" must allow runtime ")
                    .append(ScriptText.comment(entry.runtime())).append(" [").append(ScriptText.comment(
                            entry.reference())).append("]\n").append(ScriptText.notes(entry.notes(), "# "));
            if (entry.basis() == AddressBasis.SERVICE_TAG) {
                out.append("# The Azure integration runtime connects from the ")
                        .append(ScriptText.comment(String.join(", ", entry.addresses())))
                        .append(" service tag: a security group needs its current IP ranges (Azure IP Ranges and"
                                + " Service Tags download). Left for you to add.\n\n");
                continue;
            }
            if (entry.addresses().isEmpty()) {
                out.append("echo ").append(ScriptText.bash("SKIPPED " + store.id() + ": the plan has no addresses for"
                        + " runtime " + entry.runtime() + " (see the warnings)")).append("\n\n");
                continue;
            }
            for (String address : entry.addresses()) {
                boolean v6 = address.contains(":");
                String cidr = address.contains("/") ? address : address + (v6 ? "/128" : "/32");
                // Descriptions allow a restricted character set; runtime ids fit it.
                String permissions = "IpProtocol=tcp,FromPort=${REDSHIFT_PORT},ToPort=${REDSHIFT_PORT},"
                        + (v6 ? "Ipv6Ranges=[{CidrIpv6=" : "IpRanges=[{CidrIp=") + cidr + ",Description="
                        + "Hybrid planner " + entry.runtime() + "}]";
                out.append("authorize \"$").append(groups.get(store.id())).append("\" \"")
                        .append(shellSafe(permissions)).append("\"\n");
            }
            out.append('\n');
        }
        out.append("echo 'Done.'\n");
        return out.toString();
    }

    /** The outbound rules of runtimes in VPCs, as comments: a security group allows all egress by default. */
    private static void outboundNotes(StringBuilder out, Recommendation recommendation) {
        List<FirewallRule> group = recommendation.firewallRules().stream()
                .filter(rule -> rule.scope() == RuleScope.AWS_SECURITY_GROUP).toList();
        if (group.isEmpty()) {
            return;
        }
        out.append("\n# Outbound rules of runtimes in VPCs (not configured here: a security group allows all egress")
                .append(" by default;\n# to restrict it, replace the default egress rule with these). A security")
                .append(" group filters by address, not by name:\n");
        for (FirewallRule rule : group) {
            out.append("#   ").append(ScriptText.comment(rule.runtime())).append(" egress TCP ").append(rule.port())
                    .append(" to ").append(switch (rule.match()) {
                        case PREFIX_LIST -> "prefix list " + ScriptText.comment(rule.destination());
                        case ANY_ADDRESS -> ScriptText.comment(rule.destination());
                        default -> ScriptText.comment(String.valueOf(rule.destination()));
                    }).append(" for ").append(ScriptText.comment(rule.host())).append('\n');
        }
        List<FirewallRule> names = recommendation.firewallRules().stream()
                .filter(rule -> rule.scope() == RuleScope.AWS_NETWORK_FIREWALL).toList();
        if (!names.isEmpty()) {
            out.append("# ").append(RuleScope.AWS_NETWORK_FIREWALL.displayName())
                    .append(": the names a security group cannot match:\n");
            for (FirewallRule rule : names) {
                out.append("#   ").append(ScriptText.comment(rule.runtime())).append(": ")
                        .append(ScriptText.comment(rule.destination())).append(" TCP ").append(rule.port())
                        .append(" [").append(ScriptText.comment(rule.reference())).append("]\n");
            }
        }
    }

    /**
     * Keeps only characters that need no quoting inside double quotes and that AWS descriptions accept, plus the
     * {@code ${REDSHIFT_PORT}} expansions the permissions use on purpose.
     */
    private static String shellSafe(String text) {
        return text.replaceAll("[^A-Za-z0-9 ._:/,=\\[\\]{}$-]", "_").replaceAll("\\$(?!\\{REDSHIFT_PORT})", "_");
    }
}
