package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hybridplanner.app.plan.Design;
import org.hybridplanner.export.rules.RuleRows;
import org.hybridplanner.export.text.DesignSummary;
import org.hybridplanner.export.text.Quantity;
import org.hybridplanner.model.Advice;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.FlowDecision;
import org.hybridplanner.model.FlowStatus;
import org.hybridplanner.model.Problem;
import org.hybridplanner.model.Reason;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.RuleScope;
import org.hybridplanner.model.RuntimePlacement;
import org.hybridplanner.model.Warning;

/**
 * The design beside the editor: flows, runtimes, firewall rules grouped by where they are configured, data-store
 * allowlists, credential and encryption advice and warnings, each with its reason and cited source.
 */
final class RecommendationPanel extends Composite<VerticalLayout> {
    private final Span summary = new Span();
    private final DesignDiagram diagram = new DesignDiagram();
    private final Grid<Problem> problems = problemGrid();
    private final CitedList<FlowDecision> flows = new CitedList<FlowDecision>("recommendation-flows", "Flows",
            FlowDecision::reasons)
            .column("Flow", f -> f.id() + ": " + f.source() + " → " + f.sink())
            .column("Scenario", f -> f.scenario().displayName())
            .column("Runtime", f -> f.status() == FlowStatus.BLOCKED ? f.status().displayName() : f.runtime())
            .column("Network", f -> f.network() == null ? "—" : f.network().displayName(), "7.5em")
            .withReasonAndSource("Why");
    private final CitedList<RuntimePlacement> runtimes = new CitedList<RuntimePlacement>("recommendation-runtimes",
            "Integration runtimes", RuntimePlacement::reasons)
            .column("Runtime", RuntimePlacement::id)
            .column("Host", r -> r.host().displayName())
            .column("Alternatives", r -> r.alternatives().stream()
                    .map(a -> a.host().displayName() + (a.location() == null ? "" : " in " + a.location()))
                    .collect(Collectors.joining(", ")))
            .column("Flows", r -> String.valueOf(r.flows().size()))
            .withReasonAndSource("Why");
    private final Map<String, CitedList<FirewallRule>> rules = ruleLists();
    private final Span noRules = new Span("No firewall rules: every flow runs on the Azure integration runtime.");
    private final CitedList<AllowlistEntry> allowlist = new CitedList<AllowlistEntry>("recommendation-allowlist",
            "Data store firewalls (allowlists)", e -> List.of(new Reason(e.purpose().isEmpty() ? basis(e)
                    : basis(e) + ". " + e.purpose(), e.reference())))
            .column("Data store", AllowlistEntry::dataStore)
            .column("Allow", RecommendationPanel::allowed)
            .column("For runtime", AllowlistEntry::runtime)
            .withReasonAndSource("Why");
    private final CitedList<Advice> credentials = new CitedList<Advice>("recommendation-credentials",
            "Credentials", a -> List.of(new Reason(a.text(), a.reference())))
            .withReasonAndSource("Advice");
    private final CitedList<EncryptionRow> encryption = new CitedList<EncryptionRow>("recommendation-encryption",
            "Encryption", row -> List.of(new Reason(row.advice().text(), row.advice().reference())))
            .column("Data store", EncryptionRow::dataStore)
            .column("", EncryptionRow::when)
            .withReasonAndSource("Advice");
    private final CitedList<Warning> warnings = new CitedList<Warning>("recommendation-warnings", "Warnings",
            w -> List.of(new Reason(w.message(), w.reference())))
            .column("Severity", w -> w.severity().displayName())
            .column("About", w -> w.subject() == null ? "" : w.subject())
            .withReasonAndSource("Warning");

    /** One piece of encryption advice for one store. */
    record EncryptionRow(String dataStore, String when, Advice advice) {
    }

    RecommendationPanel() {
        summary.setId("recommendation-summary");
        summary.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        noRules.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        H3 title = new H3("Recommended design");
        title.addClassNames(LumoUtility.Margin.NONE);
        VerticalLayout content = getContent();
        content.setId("recommendation");
        content.setSpacing(false);
        content.add(title, summary, problems, diagram, flows, runtimes);
        rules.values().forEach(content::add);
        content.add(noRules, allowlist, credentials, encryption, warnings);
    }

    private static Grid<Problem> problemGrid() {
        Grid<Problem> grid = new Grid<>();
        grid.setId("recommendation-problems");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Problem::path).setHeader("Where");
        grid.addColumn(p -> p.value() == null ? "" : p.value()).setHeader("Found");
        grid.addColumn(Problem::message).setHeader("Problem").setFlexGrow(3);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** One list per place a rule is configured and direction, in the order an administrator works through them. */
    private static Map<String, CitedList<FirewallRule>> ruleLists() {
        Map<String, CitedList<FirewallRule>> lists = new LinkedHashMap<>();
        for (RuleScope scope : RuleScope.values()) {
            for (Direction direction : Direction.values()) {
                String title = scope.displayName() + " · " + direction.displayName().toLowerCase(Locale.ROOT);
                lists.put(key(scope, direction), new CitedList<FirewallRule>(
                        "rules-" + scope.name() + "-" + direction.name(), title,
                        rule -> List.of(new Reason(rule.purpose(), rule.reference())))
                        .column("Runtime", FirewallRule::runtime)
                        .column(direction == Direction.OUTBOUND ? "Destination" : "On", rule -> rule.host() == null
                                ? "runtime machine" : destination(rule))
                        .column("Port", rule -> rule.port() + "/" + rule.protocol().name())
                        .withReasonAndSource("Purpose"));
            }
        }
        return lists;
    }

    /** The host, and what the boundary allows for it where it cannot match the name (a tag, a prefix list). */
    private static String destination(FirewallRule rule) {
        String allow = RuleRows.allow(rule);
        return allow.isEmpty() || allow.equals("domain " + rule.host()) ? rule.host() : rule.host() + " → " + allow;
    }

    private static String key(RuleScope scope, Direction direction) {
        return scope.name() + "-" + direction.name();
    }

    /** Through a private endpoint nothing is to be allowed; elsewhere no address means the plan lacks them. */
    private static String allowed(AllowlistEntry entry) {
        return switch (entry.basis()) {
            case PRIVATE_ENDPOINT -> "no address: private endpoint";
            case MANAGED_PRIVATE_ENDPOINT -> "no address: managed private endpoint";
            default -> entry.addresses().isEmpty() ? "(addresses missing, see warnings)"
                    : String.join(", ", entry.addresses());
        };
    }

    private static String basis(AllowlistEntry entry) {
        return switch (entry.basis()) {
            case EGRESS_IPS -> "The store is reached over its public endpoint, so it sees the runtime location's "
                    + "public egress IPs";
            case ADDRESS_SPACES -> "The store is reached privately, so it sees the runtime location's private "
                    + "address spaces";
            case SERVICE_TAG -> "The Azure integration runtime connects from the Data Factory service tag of the "
                    + "factory's region";
            case PRIVATE_ENDPOINT -> "The runtime reaches the store through its private endpoint: the store's IP "
                    + "firewall does not apply, no address is listed";
            case MANAGED_PRIVATE_ENDPOINT -> "The Azure integration runtime reaches the store through a managed "
                    + "private endpoint: approve the connection on the store, no address is listed";
        };
    }

    void show(Design design) {
        boolean valid = design.isValid();
        problems.setVisible(!valid);
        if (!valid) {
            summary.setText("Fix " + Quantity.of(design.problems().size(), "problem") + " to see the design.");
            problems.setItems(design.problems());
        }
        Recommendation recommendation = design.recommendation();
        List<Component> designParts = new ArrayList<>(List.of(diagram, flows, runtimes, allowlist, credentials,
                encryption, warnings, noRules));
        designParts.addAll(rules.values());
        designParts.forEach(part -> part.setVisible(valid));
        if (!valid) {
            return;
        }
        summary.setText(DesignSummary.of(recommendation));
        diagram.show(design.plan(), recommendation);
        flows.show(recommendation.flows(), recommendation);
        runtimes.show(recommendation.runtimes(), recommendation);
        Map<String, List<FirewallRule>> grouped = new LinkedHashMap<>();
        for (FirewallRule rule : recommendation.firewallRules()) {
            grouped.computeIfAbsent(key(rule.scope(), rule.direction()), k -> new ArrayList<>()).add(rule);
        }
        rules.forEach((key, list) -> {
            List<FirewallRule> items = grouped.getOrDefault(key, List.of());
            list.show(items, recommendation);
            list.setVisible(!items.isEmpty());
        });
        noRules.setVisible(recommendation.firewallRules().isEmpty());
        allowlist.show(recommendation.allowlist(), recommendation);
        credentials.show(recommendation.credentials() == null ? List.of() : recommendation.credentials().advice(),
                recommendation);
        encryption.show(recommendation.encryption().stream().flatMap(e -> java.util.stream.Stream.concat(
                e.inTransit().stream().map(a -> new EncryptionRow(e.dataStore(), "in transit", a)),
                e.atRest().stream().map(a -> new EncryptionRow(e.dataStore(), "at rest", a)))).toList(),
                recommendation);
        warnings.show(recommendation.warnings(), recommendation);
    }
}
