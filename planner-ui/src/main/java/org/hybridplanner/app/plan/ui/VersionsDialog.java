package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.hybridplanner.app.plan.DesignService;
import org.hybridplanner.app.plan.PlanService;
import org.hybridplanner.app.plan.VersionSummary;

/** A plan's history: open (read) any version, export it as JSON, or restore it as the current plan. */
final class VersionsDialog extends Dialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final TextArea opened = new TextArea("Opened version (plan JSON)");

    VersionsDialog(PlanService plans, DesignService design, UUID planId, String planName, LongConsumer restore) {
        setId("versions-dialog");
        setHeaderTitle("Versions of \"" + planName + "\"");
        setWidth("min(60em, 95vw)");
        Grid<VersionSummary> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(VersionSummary::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.kind().name().toLowerCase()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(v -> v.label() == null ? "" : v.label()).setHeader("Name").setFlexGrow(2);
        grid.addColumn(VersionSummary::author).setHeader("By");
        grid.addColumn(v -> WHEN.format(v.updatedAt())).setHeader("Saved").setAutoWidth(true);
        grid.addComponentColumn(v -> {
            Button open = new Button("Open", click -> {
                opened.setValue(new String(design.write(plans.version(planId, v.id())), StandardCharsets.UTF_8));
                opened.setLabel("Version " + v.number() + " (plan JSON, read-only)");
                opened.setVisible(true);
            });
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
        grid.setItems(plans.versions(planId));
        grid.setHeight("18em");
        opened.setReadOnly(true);
        opened.setWidthFull();
        opened.setHeight("16em");
        opened.setVisible(false);
        add(grid, opened);
        Button close = new Button("Close", click -> close());
        getFooter().add(close);
    }
}
