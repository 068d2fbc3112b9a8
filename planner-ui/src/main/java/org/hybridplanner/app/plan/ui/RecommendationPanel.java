package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hybridplanner.app.plan.Design;
import org.hybridplanner.export.diagram.DiagramFocus;
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
    /** Made when a plan is first invalid: most editors never show it (docs/deployment.md, heap per editor). */
    private Grid<Problem> problems;
    private final CitedList<FlowDecision> flows = new CitedList<FlowDecision>("recommendation-flows", "Flows",
            FlowDecision::reasons)
            // Widths for a 500-pixel pane: the header "Scenario" and the word "ExpressRoute" on one line each.
            .column("Flow", f -> f.id() + ": " + f.source() + " → " + f.sink(), "6rem")
            .column("Scenario", f -> f.scenario().displayName(), "4.25rem")
            .column("Runtime", f -> f.status() == FlowStatus.BLOCKED ? f.status().displayName() : f.runtime())
            .column("Network", f -> f.network() == null ? "—" : f.network().displayName(), "6rem")
            .withReasonAndSource("Why");
    private final CitedList<RuntimePlacement> runtimes = new CitedList<RuntimePlacement>("recommendation-runtimes",
            "Integration runtimes", RuntimePlacement::reasons)
            .column("Runtime", RuntimePlacement::id)
            .column("Host", r -> r.host().displayName())
            .column("Alternatives", r -> r.alternatives().stream()
                    .map(a -> a.host().displayName() + (a.location() == null ? "" : " in " + a.location()))
                    .collect(Collectors.joining(", ")), "6rem")
            .column("Flows", r -> String.valueOf(r.flows().size()), "3.5rem")
            .withReasonAndSource("Why");
    /**
     * The rule lists made so far, by {@link #key}: a list is made when a design first has rules for its place and
     * direction (most designs use a few of the twelve), and is hidden, not dropped, when a later design has none.
     */
    private final Map<String, CitedList<FirewallRule>> rules = new LinkedHashMap<>();
    private final Span noRules = new Span("No firewall rules: every flow runs on the Azure integration runtime.");
    private final CitedList<AllowlistEntry> allowlist = new CitedList<AllowlistEntry>("recommendation-allowlist",
            "Data store firewalls (allowlists)", e -> Stream.concat(Stream.of(new Reason(e.purpose().isEmpty()
                    ? basis(e) : basis(e) + ". " + e.purpose(), e.reference())), e.notes().stream()).toList())
            .column("Data store", AllowlistEntry::dataStore)
            .column("Allow", RecommendationPanel::allowed)
            .column("For runtime", AllowlistEntry::runtime, "5.5rem")
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

    private final Span selection = new Span();
    private final Button clearSelection = new Button("Clear", click -> clearSelection());
    private final HorizontalLayout selectionBar = new HorizontalLayout(selection, clearSelection);
    private final List<Consumer<Set<String>>> selectionListeners = new ArrayList<>();
    private Recommendation shownRecommendation;

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
        selection.setId("recommendation-selection");
        clearSelection.setId("recommendation-selection-clear");
        clearSelection.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        selectionBar.setVisible(false);
        selectionBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        selectionBar.addClassNames(LumoUtility.FontSize.SMALL);
        wireSelection();
        content.add(title, summary, diagram, selectionBar, flows, runtimes, noRules, allowlist, credentials,
                encryption, warnings);
    }

    /**
     * Tells {@code listener} the diagram element ids highlighted whenever the user selects a flow, runtime, rule,
     * allowlist entry or warning in the pane (an empty set when the selection is cleared), so that another view of
     * the diagram (the canvas) can highlight the same elements.
     */
    void addSelectionListener(Consumer<Set<String>> listener) {
        selectionListeners.add(listener);
    }

    /** The diagram beside the pane, for views that highlight on it directly. */
    DesignDiagram diagram() {
        return diagram;
    }

    private void wireSelection() {
        flows.onSelect(flow -> select(flows, flow, flow == null ? null : "flow " + flow.id(),
                focus -> focus.flow(flow.id()), concerning(flow)));
        runtimes.onSelect(runtime -> select(runtimes, runtime, runtime == null ? null : "runtime " + runtime.id(),
                focus -> focus.runtime(runtime.id()), runtime == null ? Concerns.NONE
                        : Concerns.flows(f -> runtime.id().equals(f.runtime()))));
        allowlist.onSelect(entry -> select(allowlist, entry, entry == null ? null
                : "the allowlist entry of " + entry.dataStore(), focus -> focus.allowlistEntry(entry), entry == null
                ? Concerns.NONE : Concerns.flows(f -> entry.runtime().equals(f.runtime())
                        && (entry.dataStore().equals(f.source()) || entry.dataStore().equals(f.sink())))));
        warnings.onSelect(warning -> select(warnings, warning, warning == null ? null
                : "warning " + warning.code(), focus -> focus.warning(warning), warning == null ? Concerns.NONE
                : Concerns.flows(f -> f.id().equals(warning.subject()) || f.source().equals(warning.subject())
                        || f.sink().equals(warning.subject()) || f.path().contains(warning.subject())
                        || warning.subject() != null && warning.subject().equals(f.runtime()))));
    }

    private void wireSelection(CitedList<FirewallRule> list) {
        list.onSelect(rule -> select(list, rule, rule == null ? null : "a firewall rule of runtime " + rule.runtime(),
                focus -> focus.rule(rule), rule == null ? Concerns.NONE
                        : Concerns.flows(f -> rule.runtime().equals(f.runtime()))));
    }

    /** What a selected flow concerns in the other lists: its runtime, rules, allowlist entries and warnings. */
    private static Concerns concerning(FlowDecision flow) {
        if (flow == null) {
            return Concerns.NONE;
        }
        Set<String> subjects = new java.util.HashSet<>(flow.path());
        subjects.addAll(java.util.Arrays.asList(flow.id(), flow.source(), flow.sink()));
        if (flow.runtime() != null) {
            subjects.add(flow.runtime());
        }
        return new Concerns(f -> f.id().equals(flow.id()),
                runtime -> runtime.id().equals(flow.runtime()),
                rule -> rule.runtime().equals(flow.runtime()),
                entry -> entry.runtime().equals(flow.runtime())
                        && (entry.dataStore().equals(flow.source()) || entry.dataStore().equals(flow.sink())),
                warning -> warning.subject() != null && subjects.contains(warning.subject()));
    }

    /** Which rows of each list concern the selection. */
    record Concerns(Predicate<FlowDecision> flows, Predicate<RuntimePlacement> runtimes,
            Predicate<FirewallRule> rules, Predicate<AllowlistEntry> allowlist, Predicate<Warning> warnings) {
        static final Concerns NONE = new Concerns(f -> false, r -> false, r -> false, e -> false, w -> false);

        static Concerns flows(Predicate<FlowDecision> flows) {
            return new Concerns(flows, r -> false, r -> false, e -> false, w -> false);
        }
    }

    private <T> void select(CitedList<T> list, T item, String what, Function<DiagramFocus, Set<String>> elements,
            Concerns concerns) {
        DiagramFocus focus = diagram.focus();
        if (item == null || focus == null) {
            clearSelection();
            return;
        }
        otherLists(list).forEach(CitedList::deselect);
        list.showSources(item);
        flows.mark(concerns.flows());
        runtimes.mark(concerns.runtimes());
        rules.values().forEach(rules -> rules.mark(concerns.rules()));
        allowlist.mark(concerns.allowlist());
        warnings.mark(concerns.warnings());
        Set<String> ids = elements.apply(focus);
        diagram.highlight(ids);
        long ruleCount = rules.values().stream().mapToLong(rules -> rules.marked().size()).sum();
        selection.setText("Highlighted on the diagram: " + what + ". Marked below: "
                + Quantity.of(flows.marked().size(), "flow") + ", " + Quantity.of(ruleCount, "firewall rule") + ", "
                + Quantity.of(allowlist.marked().size(), "allowlist entry", "allowlist entries") + ", "
                + Quantity.of(warnings.marked().size(), "warning") + ".");
        selectionBar.setVisible(true);
        selectionListeners.forEach(listener -> listener.accept(ids));
    }

    private List<CitedList<?>> otherLists(CitedList<?> selected) {
        List<CitedList<?>> lists = new ArrayList<>(List.of(flows, runtimes, allowlist, warnings));
        lists.addAll(rules.values());
        lists.remove(selected);
        return lists;
    }

    private void clearSelection() {
        otherLists(null).forEach(CitedList::deselect);
        flows.mark(null);
        runtimes.mark(null);
        rules.values().forEach(rules -> rules.mark(null));
        allowlist.mark(null);
        warnings.mark(null);
        diagram.highlight(Set.of());
        selectionBar.setVisible(false);
        selectionListeners.forEach(listener -> listener.accept(Set.of()));
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

    /**
     * The list of the rules configured at {@code scope} in {@code direction}, made and put in its place on first use:
     * the lists stand in the order an administrator works through them (scope, then direction).
     */
    private CitedList<FirewallRule> ruleList(RuleScope scope, Direction direction) {
        CitedList<FirewallRule> made = rules.get(key(scope, direction));
        if (made != null) {
            return made;
        }
        String title = scope.displayName() + " · " + direction.displayName().toLowerCase(Locale.ROOT);
        CitedList<FirewallRule> list = new CitedList<FirewallRule>("rules-" + scope.name() + "-" + direction.name(),
                title, FirewallRule::reasons)
                .column("Runtime", FirewallRule::runtime)
                .column(direction == Direction.OUTBOUND ? "Destination" : "On", rule -> rule.host() == null
                        ? "runtime machine" : destination(rule), "6rem")
                .column("Port", rule -> rule.port() + "/" + rule.protocol().name())
                .withReasonAndSource("Purpose");
        wireSelection(list);
        Component next = noRules;
        for (RuleScope laterScope : RuleScope.values()) {
            for (Direction laterDirection : Direction.values()) {
                CitedList<FirewallRule> later = rules.get(key(laterScope, laterDirection));
                boolean after = laterScope.compareTo(scope) > 0
                        || laterScope == scope && laterDirection.compareTo(direction) > 0;
                if (after && later != null && next == noRules) {
                    next = later;
                }
            }
        }
        getContent().addComponentAtIndex(getContent().indexOf(next), list);
        rules.put(key(scope, direction), list);
        return list;
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
        if (!valid && problems == null) {
            problems = problemGrid();
            getContent().addComponentAtIndex(getContent().indexOf(summary) + 1, problems);
        }
        if (problems != null) {
            problems.setVisible(!valid);
        }
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
        if (!recommendation.equals(shownRecommendation)) {
            // A new design: what was selected may be gone; the diagram starts plain.
            clearSelection();
            shownRecommendation = recommendation;
        }
        diagram.show(design.plan(), recommendation);
        flows.show(recommendation.flows(), recommendation);
        runtimes.show(recommendation.runtimes(), recommendation);
        Map<String, List<FirewallRule>> grouped = new LinkedHashMap<>();
        for (FirewallRule rule : recommendation.firewallRules()) {
            grouped.computeIfAbsent(key(rule.scope(), rule.direction()), k -> new ArrayList<>()).add(rule);
        }
        for (RuleScope scope : RuleScope.values()) {
            for (Direction direction : Direction.values()) {
                List<FirewallRule> items = grouped.getOrDefault(key(scope, direction), List.of());
                if (!items.isEmpty() || rules.containsKey(key(scope, direction))) {
                    CitedList<FirewallRule> list = ruleList(scope, direction);
                    list.show(items, recommendation);
                    list.setVisible(!items.isEmpty());
                }
            }
        }
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
