package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hybridplanner.app.plan.Design;
import org.hybridplanner.app.plan.DesignService;
import org.hybridplanner.app.plan.PlanService;
import org.hybridplanner.app.plan.VersionSummary;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.StoreTypeSpec;
import org.hybridplanner.model.change.ElementChange;
import org.hybridplanner.model.change.PlanChanges;
import org.hybridplanner.model.change.RecommendationChanges;

/**
 * Two versions of a plan side by side in one view: what changed in the plan, in words; the firewall rules and
 * allowlist entries the later design adds or drops (what a security reviewer asks for); and one diagram with the
 * differences marked.
 */
final class VersionComparisonDialog extends Dialog {

    /** One rule or allowlist entry the later design added or removed. */
    record DesignChange<T>(String change, T item) {
    }

    VersionComparisonDialog(PlanService plans, DesignService design, UUID planId, VersionSummary earlier,
            VersionSummary later) {
        Plan before = plans.version(planId, earlier.id());
        Plan after = plans.version(planId, later.id());
        setId("comparison-dialog");
        setHeaderTitle("Version " + earlier.number() + " → version " + later.number() + " of \"" + after.name()
                + "\"");
        setWidth("min(72em, 96vw)");
        setHeight("90vh");
        Catalog catalog = design.catalog();
        PlanChanges planChanges = PlanChanges.between(before, after, code -> catalog.storeType(code)
                .map(StoreTypeSpec::displayName).orElse(code));
        add(heading("Plan"), planChangeList(planChanges));
        Design beforeDesign = design.design(before);
        Design afterDesign = design.design(after);
        add(heading("Firewall rules and allowlists"));
        if (!beforeDesign.isValid() || !afterDesign.isValid()) {
            add(note("One of the versions no longer passes today's checks, so its design cannot be compared."));
        } else {
            RecommendationChanges changes = RecommendationChanges.between(beforeDesign.recommendation(),
                    afterDesign.recommendation());
            if (changes.isEmpty()) {
                add(note("No firewall rule or allowlist entry was added or removed."));
            } else {
                add(ruleGrid(changes), allowlistGrid(changes));
            }
            DesignDiagram diagram = new DesignDiagram("comparison-diagram");
            diagram.showComparison(before, beforeDesign.recommendation(), after, afterDesign.recommendation());
            add(heading("Diagram: added and changed highlighted, removed dashed"), diagram);
        }
        Button close = new Button("Close", click -> close());
        close.setId("comparison-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }

    private static H4 heading(String text) {
        H4 heading = new H4(text);
        heading.addClassNames(LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.XSMALL);
        return heading;
    }

    private static Span note(String text) {
        Span note = new Span(text);
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        return note;
    }

    private static com.vaadin.flow.component.Component planChangeList(PlanChanges changes) {
        if (changes.isEmpty()) {
            Span same = note("The plan is the same in both versions.");
            same.setId("comparison-plan-changes");
            return same;
        }
        UnorderedList list = new UnorderedList();
        list.setId("comparison-plan-changes");
        for (ElementChange change : changes.changes()) {
            ListItem item = new ListItem(change.describe());
            item.addClassName("plan-change-" + change.change().name().toLowerCase(Locale.ROOT));
            list.add(item);
        }
        return list;
    }

    private static Grid<DesignChange<FirewallRule>> ruleGrid(RecommendationChanges changes) {
        List<DesignChange<FirewallRule>> rows = new ArrayList<>();
        changes.addedRules().forEach(rule -> rows.add(new DesignChange<>("Added", rule)));
        changes.removedRules().forEach(rule -> rows.add(new DesignChange<>("Removed", rule)));
        Grid<DesignChange<FirewallRule>> grid = new Grid<>();
        grid.setId("comparison-rules");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(DesignChange::change).setHeader("Firewall rule").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.item().scope().displayName() + " · "
                + row.item().direction().displayName().toLowerCase(Locale.ROOT)).setHeader("Where").setFlexGrow(2);
        grid.addColumn(row -> row.item().runtime()).setHeader("Runtime");
        grid.addColumn(row -> row.item().host() == null ? "runtime machine" : row.item().host())
                .setHeader("Destination / on").setFlexGrow(2);
        grid.addColumn(row -> row.item().port() + "/" + row.item().protocol().name()).setHeader("Port");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setVisible(!rows.isEmpty());
        return grid;
    }

    private static Grid<DesignChange<AllowlistEntry>> allowlistGrid(RecommendationChanges changes) {
        List<DesignChange<AllowlistEntry>> rows = new ArrayList<>();
        changes.addedAllowlist().forEach(entry -> rows.add(new DesignChange<>("Added", entry)));
        changes.removedAllowlist().forEach(entry -> rows.add(new DesignChange<>("Removed", entry)));
        Grid<DesignChange<AllowlistEntry>> grid = new Grid<>();
        grid.setId("comparison-allowlist");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(DesignChange::change).setHeader("Allowlist entry").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.item().dataStore()).setHeader("Data store");
        grid.addColumn(row -> row.item().addresses().isEmpty() ? "(addresses missing)"
                : String.join(", ", row.item().addresses())).setHeader("Allow").setFlexGrow(2);
        grid.addColumn(row -> row.item().runtime()).setHeader("For runtime");
        grid.addColumn(row -> row.item().basis().displayName()).setHeader("Addresses");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setVisible(!rows.isEmpty());
        return grid;
    }
}
