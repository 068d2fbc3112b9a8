package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.hybridplanner.app.plan.DesignService;
import org.hybridplanner.app.plan.PlanService;
import org.hybridplanner.app.plan.VersionSummary;

/**
 * A plan's history: open any version (its design and diagram), export it as JSON, restore it as the current plan,
 * or compare any two versions.
 */
final class VersionsDialog extends Dialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    VersionsDialog(PlanService plans, DesignService design, UUID planId, String planName, LongConsumer restore) {
        setId("versions-dialog");
        setHeaderTitle("Versions of \"" + planName + "\"");
        setWidth("min(60em, 95vw)");
        List<VersionSummary> versions = plans.versions(planId);
        Grid<VersionSummary> grid = new Grid<>();
        grid.setId("versions-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(VersionSummary::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(VersionsDialog::kind).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(v -> v.label() == null ? "" : v.label()).setHeader("Name").setFlexGrow(2);
        grid.addColumn(VersionSummary::author).setHeader("By");
        grid.addColumn(v -> WHEN.format(v.updatedAt())).setHeader("Saved").setAutoWidth(true);
        grid.addComponentColumn(v -> {
            Button open = new Button("Open", click -> new VersionDialog(plans, design, planId, v, versionId -> {
                close();
                restore.accept(versionId);
            }).open());
            open.addClassName("open-version");
            Button restoreButton = new Button("Restore", click -> {
                close();
                restore.accept(v.id());
            });
            restoreButton.addClassName("restore-version");
            var export = JsonDownloads.link("Export", () -> JsonDownloads.fileName(planName, "-v" + v.number()),
                    () -> design.write(plans.version(planId, v.id())));
            for (Button button : new Button[] {open, restoreButton}) {
                button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            }
            HorizontalLayout actions = new HorizontalLayout(open, restoreButton, export);
            actions.setAlignItems(HorizontalLayout.Alignment.CENTER);
            return actions;
        }).setHeader("").setAutoWidth(true);
        grid.setItems(versions);
        grid.setHeight("18em");
        add(grid, comparison(plans, design, planId, versions));
        Button close = new Button("Close", click -> close());
        getFooter().add(close);
    }

    /** "Compare version [a] with [b]": the earlier and the latest version are chosen at first. */
    private static HorizontalLayout comparison(PlanService plans, DesignService design, UUID planId,
            List<VersionSummary> versions) {
        ComboBox<VersionSummary> from = versionChoice("compare-from", "Compare version", versions);
        ComboBox<VersionSummary> to = versionChoice("compare-to", "with version", versions);
        if (versions.size() >= 2) {
            from.setValue(versions.get(1));
            to.setValue(versions.get(0));
        }
        Button compare = new Button("Compare", click -> {
            if (from.getValue() == null || to.getValue() == null || from.getValue().equals(to.getValue())) {
                Notification.show("Choose two different versions to compare.");
                return;
            }
            // Always earlier → later, whichever way round they were picked, so "added" means added.
            boolean inOrder = from.getValue().number() < to.getValue().number();
            new VersionComparisonDialog(plans, design, planId, inOrder ? from.getValue() : to.getValue(),
                    inOrder ? to.getValue() : from.getValue()).open();
        });
        compare.setId("compare-versions");
        compare.setEnabled(versions.size() >= 2);
        HorizontalLayout row = new HorizontalLayout(from, to, compare);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private static ComboBox<VersionSummary> versionChoice(String id, String label, List<VersionSummary> versions) {
        ComboBox<VersionSummary> choice = Fields.choice(id, label);
        choice.setWidth("16em");
        choice.setItems(versions);
        choice.setItemLabelGenerator(v -> v.number() + " · " + describe(v));
        return choice;
    }

    private static String kind(VersionSummary version) {
        return version.kind().displayName();
    }

    /** The kind of a version and its name, when it has one ({@code Autosave · Removed flow ...}). */
    static String describe(VersionSummary version) {
        return kind(version) + (version.label() == null ? "" : " · " + version.label());
    }
}
