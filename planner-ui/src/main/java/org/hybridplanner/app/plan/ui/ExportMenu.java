package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.hybridplanner.app.plan.DesignService;
import org.hybridplanner.export.ExportContext;
import org.hybridplanner.export.ExportFormat;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;

/**
 * "Export design": one download per export format (PDF, diagrams, rule CSV, scripts). Each file is produced when
 * clicked, from the plan as it is at that moment.
 */
final class ExportMenu extends Composite<MenuBar> {
    private static final Map<ExportFormat, String> LABELS = Map.ofEntries(
            Map.entry(ExportFormat.PDF, "PDF design document"),
            Map.entry(ExportFormat.SVG, "Diagram (SVG)"),
            Map.entry(ExportFormat.PNG, "Diagram (PNG)"),
            Map.entry(ExportFormat.DRAWIO, "Diagram for diagrams.net"),
            Map.entry(ExportFormat.GRAPHML, "Graph (GraphML)"),
            Map.entry(ExportFormat.DOT, "Graph (Graphviz DOT)"),
            Map.entry(ExportFormat.JSON, "Recommendation (JSON)"),
            Map.entry(ExportFormat.CSV, "All rules (CSV)"),
            Map.entry(ExportFormat.POWERSHELL, "Runtime machine checks (PowerShell)"),
            Map.entry(ExportFormat.AZURE_CLI, "Azure firewall commands (Azure CLI)"),
            Map.entry(ExportFormat.AWS_CLI, "Redshift ingress commands (AWS CLI)"));

    /** What an export is made of, read when the user clicks. */
    record Source(Plan plan, Recommendation recommendation, ExportContext context) {
    }

    ExportMenu(DesignService design, SerializableSupplier<Source> source) {
        MenuBar menu = getContent();
        menu.setId("export-design");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        // A menu bar squeezed by its neighbours hides its one item behind an overflow button ("…"); the other
        // parts of the editor's header shrink or wrap instead.
        menu.addClassName(LumoUtility.Flex.SHRINK_NONE);
        SubMenu formats = menu.addItem("Export design").getSubMenu();
        for (ExportFormat format : ExportFormat.values()) {
            Anchor link = new Anchor(handler(design, format, source), AttachmentType.DOWNLOAD, LABELS.get(format));
            link.setId("export-design-" + format.cliName());
            formats.addItem(link);
        }
    }

    private static DownloadHandler handler(DesignService design, ExportFormat format,
            SerializableSupplier<Source> source) {
        return DownloadHandler.fromInputStream(event -> {
            Source current = source.get();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                design.export(format, current.plan(), current.recommendation(), current.context(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), format.fileName(current.plan().name()),
                    format.mediaType(), bytes.length);
        });
    }
}
