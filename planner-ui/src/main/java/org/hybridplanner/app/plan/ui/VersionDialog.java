package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.hybridplanner.app.plan.DesignService;
import org.hybridplanner.app.plan.PlanService;
import org.hybridplanner.app.plan.VersionSummary;
import org.hybridplanner.model.Plan;

/**
 * One version of a plan as people look at it: the design it has (diagram, runtimes, rules, allowlists, warnings),
 * with its JSON to export and a way to restore it.
 */
final class VersionDialog extends Dialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    VersionDialog(PlanService plans, DesignService design, UUID planId, VersionSummary version,
            LongConsumer restore) {
        Plan plan = plans.version(planId, version.id());
        setId("version-dialog");
        setHeaderTitle("Version " + version.number() + " of \"" + plan.name() + "\"");
        setWidth("min(72em, 96vw)");
        setHeight("90vh");
        Span about = new Span(VersionsDialog.describe(version) + " · by " + version.author() + " · saved "
                + WHEN.format(version.updatedAt()));
        about.setId("version-about");
        about.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        RecommendationPanel recommendation = new RecommendationPanel();
        recommendation.show(design.design(plan));
        // The editor's panel is on the page underneath: this copy's ids must not repeat its ids.
        prefixIds(recommendation.getElement(), "version-");
        add(about, recommendation);
        var export = JsonDownloads.link("Export JSON", () -> JsonDownloads.fileName(plan.name(), "-v"
                + version.number()), () -> design.write(plan));
        export.setId("version-export");
        Button restoreButton = new Button("Restore this version", click -> {
            close();
            restore.accept(version.id());
        });
        restoreButton.setId("version-restore");
        Button close = new Button("Close", click -> close());
        close.setId("version-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(export, restoreButton, close);
    }

    private static void prefixIds(Element element, String prefix) {
        String id = element.getAttribute("id");
        if (id != null && !id.isEmpty()) {
            element.setAttribute("id", prefix + id);
        }
        element.getChildren().forEach(child -> prefixIds(child, prefix));
    }
}
