package org.hybridplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.hybridplanner.engine.RecommendationJson;
import org.hybridplanner.export.ExportFixtures.Case;
import org.hybridplanner.export.diagram.DiagramModel;
import org.hybridplanner.export.text.DisplayText;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.RuleScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.json.JsonMapper;

class ExportersTest {
    @TempDir
    Path dir;

    static Stream<Case> cases() {
        return ExportCases.all().stream();
    }

    Path export(ExportFormat format, Case c) throws IOException {
        Path file = dir.resolve(c.name().replaceAll("[^A-Za-z0-9-]+", "-") + "." + format.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
            Exporters.write(format, c.plan(), c.recommendation(), ExportCases.CONTEXT, out);
        }
        Preview.keep(file);
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void svgParsesAsXmlWithEveryStoreAndNoScript(Case c) throws Exception {
        Path file = export(ExportFormat.SVG, c);
        Document svg = XmlDocuments.parse(file);
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
        String raw = Files.readString(file);
        assertThat(raw).doesNotContain("<script").doesNotContain("\u202E").doesNotContain("onload=");
        String text = textOf(svg.getElementsByTagNameNS("*", "text"));
        for (DataStore store : c.plan().dataStores()) {
            assertThat(text).contains(prefix(DisplayText.renderable(store.name()), 8));
        }
        assertThat(Exporters.svg(c.plan(), c.recommendation())).isEqualTo(raw);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pngIsAnImage(Case c) throws Exception {
        var image = ImageIO.read(export(ExportFormat.PNG, c).toFile());
        assertThat(image.getWidth()).isGreaterThan(800);
        assertThat(image.getHeight()).isGreaterThan(300);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void drawioIsAnEditableDiagramWhoseEdgesJoinExistingCells(Case c) throws Exception {
        Document drawio = XmlDocuments.parse(export(ExportFormat.DRAWIO, c));
        assertThat(drawio.getDocumentElement().getTagName()).isEqualTo("mxfile");
        NodeList cells = drawio.getElementsByTagName("mxCell");
        Set<String> ids = new HashSet<>();
        List<Element> edges = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int vertices = 0;
        for (int i = 0; i < cells.getLength(); i++) {
            Element cell = (Element) cells.item(i);
            assertThat(ids.add(cell.getAttribute("id"))).as("unique id").isTrue();
            values.add(cell.getAttribute("value"));
            if (cell.getAttribute("vertex").equals("1")) {
                vertices++;
                assertThat(cell.getAttribute("style")).contains("html=0");
            }
            if (cell.getAttribute("edge").equals("1")) {
                edges.add(cell);
            }
        }
        DiagramModel model = Exporters.model(c.plan(), c.recommendation());
        assertThat(vertices).isEqualTo(model.graph().vertexSet().size());
        assertThat(edges).hasSize(model.graph().edgeSet().size());
        for (Element edge : edges) {
            assertThat(ids).contains(edge.getAttribute("source"), edge.getAttribute("target"), edge.getAttribute("parent"));
        }
        String all = String.join("\n", values);
        for (DataStore store : c.plan().dataStores()) {
            assertThat(all).contains(DisplayText.printable(store.name()));
        }
        assertThat(all).doesNotContain("\u202E");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void graphmlHasOneNodePerDiagramVertexWithItsLabel(Case c) throws Exception {
        Document graphml = XmlDocuments.parse(export(ExportFormat.GRAPHML, c));
        DiagramModel model = Exporters.model(c.plan(), c.recommendation());
        assertThat(graphml.getElementsByTagNameNS("*", "node").getLength())
                .isEqualTo(model.graph().vertexSet().size());
        assertThat(graphml.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(model.graph().edgeSet().size());
        String data = textOf(graphml.getElementsByTagNameNS("*", "data"));
        for (DataStore store : c.plan().dataStores()) {
            assertThat(data).contains(DisplayText.printable(store.name()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dotIsAClusteredDigraphWithWellQuotedLabels(Case c) throws Exception {
        String dot = Files.readString(export(ExportFormat.DOT, c));
        assertThat(dot).startsWith("digraph diagram {").contains("subgraph cluster_0", "rankdir=LR");
        for (String line : dot.split("\n")) {
            assertThat(unescapedQuotes(line) % 2).as(line).isZero();
            if (line.strip().startsWith("label=")) {
                assertThat(line.strip()).as("graph and cluster labels are quoted").startsWith("label=\"");
            }
        }
        for (DataStore store : c.plan().dataStores()) {
            assertThat(dot).contains(DisplayText.printable(store.name()).replace("\\", "\\\\").replace("\"", "\\\""));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void jsonIsTheRecommendation(Case c) throws Exception {
        String json = Files.readString(export(ExportFormat.JSON, c));
        assertThat(json).isEqualTo(RecommendationJson.write(c.recommendation()));
        assertThat(JsonMapper.builder().build().readTree(json).get("flows").size())
                .isEqualTo(c.recommendation().flows().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void csvHasOneRowPerRuleAndNoFormulaCell(Case c) throws Exception {
        List<List<String>> rows = Csv.parse(Files.readString(export(ExportFormat.CSV, c)));
        assertThat(rows.getFirst()).containsExactly("where", "runtime", "direction", "host", "allow", "port",
                "protocol", "purpose", "reference");
        int addresses = c.recommendation().allowlist().stream()
                .mapToInt(entry -> Math.max(1, entry.addresses().size())).sum();
        assertThat(rows).hasSize(1 + c.recommendation().firewallRules().size() + addresses);
        for (List<String> row : rows) {
            assertThat(row).hasSize(9);
            for (String cell : row) {
                assertThat(cell.stripLeading()).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotContain("\u202E");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void powershellOpens8060WhereNeededAndTestsEveryConcreteOutboundHost(Case c) throws Exception {
        String script = Files.readString(export(ExportFormat.POWERSHELL, c));
        assertThat(script).startsWith("# Windows Firewall rule and connectivity checks")
                .contains("# Plan: " + DisplayText.printable(c.plan().name()));
        boolean inbound = c.recommendation().firewallRules().stream()
                .anyMatch(rule -> rule.scope() == RuleScope.WINDOWS_FIREWALL && rule.direction() == Direction.INBOUND);
        assertThat(script.contains("New-NetFirewallRule")).isEqualTo(inbound);
        if (script.contains("$script:Failures")) {
            assertThat(script).as("the count of failed checks in its number")
                    .contains("Write-Warning '1 connection check failed'", "\"{0} connection checks failed\"")
                    .doesNotContain("(s)");
        }
        if (inbound) {
            assertThat(script).contains("-LocalPort 8060", "Get-NetFirewallRule -Name $ruleName");
        }
        c.recommendation().firewallRules().stream()
                .filter(rule -> rule.direction() == Direction.OUTBOUND && rule.host() != null)
                .filter(rule -> c.recommendation().runtime(rule.runtime()).isPresent())
                .forEach(rule -> assertThat(script).contains("Test-Outbound '" + rule.host().split("/")[0] + "' "
                        + rule.port()));
        for (String line : script.split("\n")) {
            if (!line.stripLeading().startsWith("#")) {
                assertThat(line).doesNotContain("\u202E");
            }
            if (line.startsWith("$PlanName = ")) {
                String literal = line.substring("$PlanName = ".length());
                assertThat(literal).startsWith("'").endsWith("'");
                assertThat(literal.substring(1, literal.length() - 1).replace("''", "")).doesNotContain("'");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void azureCliScriptIsValidBashThatPassesEveryValueIntact(Case c) throws Exception {
        Path script = export(ExportFormat.AZURE_CLI, c);
        String text = Files.readString(script);
        assertThat(text).startsWith("#!/usr/bin/env bash\n# Azure CLI").contains("set -euo pipefail");
        List<String> calls = Bash.runWithFakeCli(script, "az", dir);
        assertThat(String.join("\n", calls)).doesNotContain("INJECTED");
        c.recommendation().allowlist().stream()
                .filter(entry -> c.plan().dataStore(entry.dataStore()).orElseThrow().type()
                        .equals("AZURE_SQL_DATABASE") && entry.basis() == org.hybridplanner.model.AddressBasis.EGRESS_IPS
                        && !entry.addresses().isEmpty() && !entry.addresses().getFirst().contains(":"))
                .forEach(entry -> assertThat(calls).anyMatch(call -> call.startsWith("sql server firewall-rule"
                        + " create") && call.contains("--start-ip-address " + entry.addresses().getFirst()
                        .split("/")[0])));
        long nsg = c.recommendation().firewallRules().stream()
                .filter(rule -> rule.scope() == RuleScope.NETWORK_SECURITY_GROUP).count();
        assertThat(calls.stream().filter(call -> call.startsWith("network nsg rule create")).count()).isEqualTo(nsg);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void awsCliScriptAuthorizesRedshiftIngressForEachAddress(Case c) throws Exception {
        Path script = export(ExportFormat.AWS_CLI, c);
        List<String> calls = Bash.runWithFakeCli(script, "aws", dir);
        long expected = c.recommendation().allowlist().stream()
                .filter(entry -> c.plan().dataStore(entry.dataStore()).orElseThrow().type().equals("AMAZON_REDSHIFT"))
                .filter(entry -> entry.basis() != org.hybridplanner.model.AddressBasis.SERVICE_TAG)
                .mapToLong(entry -> entry.addresses().size()).sum();
        assertThat(calls.stream().filter(call -> call.startsWith("ec2 authorize-security-group-ingress")).count())
                .isEqualTo(expected);
        assertThat(calls).allMatch(call -> !call.contains("INJECTED"));
    }

    @Test
    void everyFormatHasAFileNameAndMediaType() {
        for (ExportFormat format : ExportFormat.values()) {
            assertThat(ExportFormat.fromName(format.cliName())).contains(format);
            assertThat(format.fileName("<script> Contoso / prod")).isEqualTo("script-Contoso-prod." + format.extension());
            assertThat(format.mediaType()).contains("/");
        }
        assertThat(ExportFormat.fromName("AZURE_CLI")).contains(ExportFormat.AZURE_CLI);
        assertThat(ExportFormat.fromName("nope")).isEmpty();
    }

    static String textOf(NodeList nodes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.append(nodes.item(i).getTextContent()).append('\n');
        }
        return out.toString();
    }

    private static String prefix(String text, int count) {
        return text.codePointCount(0, text.length()) <= count ? text
                : text.substring(0, text.offsetByCodePoints(0, count));
    }

    private static int unescapedQuotes(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '"') {
                count++;
            }
        }
        return count;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
