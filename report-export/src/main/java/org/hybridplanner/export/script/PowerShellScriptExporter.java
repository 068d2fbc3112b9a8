package org.hybridplanner.export.script;

import java.util.List;
import org.hybridplanner.export.ExportContext;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.RuleScope;
import org.hybridplanner.model.RuntimePlacement;
import org.hybridplanner.model.RuntimeType;

/**
 * Writes a PowerShell script to run on each self-hosted runtime machine ({@code -Runtime <id>}): it adds the
 * inbound Windows Firewall rule for 8060 where the recommendation has one (only if no rule of that name exists),
 * then runs {@code Test-NetConnection} to every outbound host and port. Wildcard and template hosts
 * ({@code *.servicebus.windows.net}) cannot be tested as such: the script tests the concrete name passed in
 * {@code -ConcreteHosts @{'*.servicebus.windows.net'='myns.servicebus.windows.net'}} and otherwise prints a note
 * saying which concrete name to test; its header's example names a wildcard of the design, in the design's cloud.
 */
public final class PowerShellScriptExporter {
    public String export(Plan plan, Recommendation recommendation, ExportContext context) {
        List<RuntimePlacement> runtimes = recommendation.runtimes().stream()
                .filter(runtime -> runtime.type() == RuntimeType.SELF_HOSTED).toList();
        StringBuilder out = new StringBuilder();
        for (String line : ScriptText.header("Windows Firewall rule and connectivity checks for self-hosted"
                + " integration runtimes.", plan, context, "an inbound Windows Firewall rule for TCP 8060 on this"
                + " machine, only for runtimes whose design has one (remote access from the intranet);")) {
            out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        out.append("""
                #   re-running finds the rule by name and leaves it as it is. Everything else only reads: \
                Test-NetConnection
                #   to each outbound host and port the runtime needs. Wildcard hosts cannot be tested directly:
                """);
        // The example names a wildcard of this design, so a sovereign cloud's script names only its own hosts.
        String wildcard = recommendation.firewallRules().stream().map(FirewallRule::host)
                .filter(host -> host != null && host.startsWith("*.")).findFirst().orElse("*.<domain>");
        out.append("#   pass concrete names, e.g. -ConcreteHosts @{").append(ScriptText.comment(
                ScriptText.powershell(wildcard) + "=" + ScriptText.powershell("<name>" + wildcard.substring(1))))
                .append("}.\n");
        out.append("""
                # Run as Administrator on the runtime's machine:  .\\check-runtime.ps1 -Runtime <runtime id>
                # Exit code: 0 when every tested connection succeeds, 1 otherwise.
                """);
        if (runtimes.isEmpty()) {
            out.append("#\n# This plan has no self-hosted integration runtime: there is nothing to configure or"
                    + " test.\nWrite-Host 'No self-hosted integration runtime in this plan.'\nexit 0\n");
            return out.toString();
        }
        out.append("[CmdletBinding()]\nparam(\n    [Parameter(Mandatory = $true)]\n    [ValidateSet(");
        out.append(String.join(", ", runtimes.stream().map(r -> ScriptText.powershell(r.id())).toList()));
        out.append(")]\n    [string] $Runtime,\n    [hashtable] $ConcreteHosts = @{}\n)\n\n");
        out.append("""
                Set-StrictMode -Version Latest
                $ErrorActionPreference = 'Stop'
                """);
        out.append("$PlanName = ").append(ScriptText.powershell(plan.name())).append('\n');
        out.append("""
                $script:Failures = 0

                function Test-Outbound([string] $HostName, [int] $Port, [string] $Purpose) {
                    if ($ConcreteHosts.ContainsKey($HostName)) { $HostName = [string] $ConcreteHosts[$HostName] }
                    if ($HostName.Contains('*') -or $HostName.Contains('{')) {
                        Write-Host ("NOTE    {0}:{1} is a wildcard; pass -ConcreteHosts @{{'{0}'='<your name>'}} to test it ({2})" -f $HostName, $Port, $Purpose)
                        return
                    }
                    $result = Test-NetConnection -ComputerName $HostName -Port $Port -WarningAction SilentlyContinue
                    if ($result.TcpTestSucceeded) {
                        Write-Host ("OK      {0}:{1}  {2}" -f $HostName, $Port, $Purpose)
                    } else {
                        Write-Warning ("FAILED  {0}:{1}  {2}" -f $HostName, $Port, $Purpose)
                        $script:Failures++
                    }
                }

                Write-Host ("Plan {0}: checking runtime {1}" -f $PlanName, $Runtime)
                switch ($Runtime) {
                """);
        for (RuntimePlacement runtime : runtimes) {
            out.append("    ").append(ScriptText.powershell(runtime.id())).append(" {\n");
            for (FirewallRule rule : inbound(recommendation, runtime.id())) {
                String name = "HybridPlanner-" + runtime.id() + "-" + rule.port();
                out.append("        # ").append(ScriptText.comment(rule.purpose())).append(" [")
                        .append(ScriptText.comment(rule.reference())).append("]\n");
                out.append("        $ruleName = ").append(ScriptText.powershell(name)).append('\n');
                out.append("        if (-not (Get-NetFirewallRule -Name $ruleName -ErrorAction SilentlyContinue)) {\n");
                out.append("            New-NetFirewallRule -Name $ruleName -DisplayName ")
                        .append(ScriptText.powershell("Integration runtime " + runtime.id() + ": inbound "
                                + rule.port()))
                        .append(" -Description ").append(ScriptText.powershell(rule.purpose()))
                        .append(" -Direction Inbound -Protocol TCP -LocalPort ").append(rule.port())
                        .append(" -Action Allow -Profile Domain,Private | Out-Null\n");
                out.append("            Write-Host ('Added Windows Firewall rule ' + $ruleName)\n");
                out.append("        } else {\n");
                out.append("            Write-Host ('Windows Firewall rule ' + $ruleName + ' already exists')\n");
                out.append("        }\n");
            }
            List<FirewallRule> outbound = recommendation.rulesOf(runtime.id()).stream()
                    .filter(rule -> rule.direction() == Direction.OUTBOUND && rule.host() != null)
                    .toList();
            if (outbound.isEmpty()) {
                out.append("        Write-Host 'No outbound rule to test for this runtime.'\n");
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (FirewallRule rule : outbound) {
                String host = hostOnly(rule.host());
                if (!seen.add(host + ":" + rule.port())) {
                    continue;
                }
                out.append("        Test-Outbound ").append(ScriptText.powershell(host)).append(' ')
                        .append(rule.port()).append(' ').append(ScriptText.powershell(rule.purpose())).append('\n');
            }
            out.append("    }\n");
        }
        out.append("""
                }
                if ($script:Failures -eq 1) {
                    Write-Warning '1 connection check failed'
                    exit 1
                }
                if ($script:Failures -gt 1) {
                    Write-Warning ("{0} connection checks failed" -f $script:Failures)
                    exit 1
                }
                exit 0
                """);
        return out.toString();
    }

    private static List<FirewallRule> inbound(Recommendation recommendation, String runtime) {
        return recommendation.rulesOf(runtime).stream()
                .filter(rule -> rule.scope() == RuleScope.WINDOWS_FIREWALL && rule.direction() == Direction.INBOUND)
                .toList();
    }

    /** {@code login.microsoftonline.com/<tenant>/oauth2/token} tests as {@code login.microsoftonline.com}. */
    static String hostOnly(String host) {
        int slash = host.indexOf('/');
        return slash < 0 ? host : host.substring(0, slash);
    }
}
