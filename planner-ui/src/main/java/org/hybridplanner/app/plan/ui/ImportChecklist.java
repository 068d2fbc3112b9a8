package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.hybridplanner.export.text.Quantity;
import org.hybridplanner.factoryimport.ImportReport;
import org.hybridplanner.factoryimport.ImportReportWriter;
import org.hybridplanner.factoryimport.ItemKind;

/**
 * What a Data Factory import asks the architect, beside the plan it created: one box to tick per item, what needs
 * input first, and the whole report to download. Hidden for plans that were not imported in this session.
 */
final class ImportChecklist extends Details {
    private final VerticalLayout items = new VerticalLayout();
    private final Span summary = new Span();
    private ImportReport report;

    ImportChecklist() {
        setId("import-checklist");
        setSummary(summary);
        items.setPadding(false);
        items.setSpacing(false);
        Anchor download = JsonDownloads.link("Download the import report (JSON)",
                () -> JsonDownloads.fileName(report.factory(), "-import-report"),
                () -> new ImportReportWriter().writeBytes(report));
        download.setId("import-report-download");
        add(items, download);
        setOpened(true);
        setWidthFull();
        addClassNames(LumoUtility.Background.BASE, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.SMALL);
        setVisible(false);
    }

    void show(ImportReport shown) {
        report = shown;
        setVisible(shown != null);
        items.removeAll();
        if (shown == null) {
            return;
        }
        summary.setText("Imported from Data Factory " + shown.factory() + ": "
                + Quantity.of(shown.checklist().size(), "item") + " to answer or confirm");
        items.add(new Paragraph(Quantity.of(shown.stores().size(), "data store") + ", "
                + Quantity.of(shown.flows().size(), "flow") + " from " + Quantity.of(shown.files(), "file")
                + ". Tick each item once the plan says what is true."));
        for (ImportReport.ChecklistItem item : shown.checklist()) {
            Checkbox box = new Checkbox(item.kind().displayName() + " · " + item.subject() + ": " + item.message());
            box.addClassName("import-item");
            box.getElement().setAttribute("data-kind", item.kind().name());
            if (item.kind() == ItemKind.NEEDS_INPUT) {
                box.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            }
            items.add(box);
        }
        List<String> notUsed = shown.notUsed();
        if (!notUsed.isEmpty()) {
            items.add(new Paragraph("Not imported (no Copy activity or data flow reads or writes them): "
                    + String.join(", ", notUsed)));
        }
    }
}
