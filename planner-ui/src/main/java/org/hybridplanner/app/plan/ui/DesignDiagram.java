package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.hybridplanner.export.Exporters;
import org.hybridplanner.export.diagram.DiagramFocus;
import org.hybridplanner.export.diagram.DiagramModel;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;

/**
 * The design's diagram, drawn by report-export on the server. It is shown as an image rather than inlined markup:
 * an SVG loaded through {@code <img>} can never run script, whatever the plan's names contain. Highlighting part of
 * it ({@link #highlight}) draws it again with those elements outlined and the rest faded. A plan of more than
 * {@link DiagramModel#SUMMARY_THRESHOLD} stores is drawn with each zone's stores counted per type; the zone chosen
 * under the picture shows its stores one by one.
 */
final class DesignDiagram extends Composite<Div> {
    /** The choice that opens no zone. */
    private static final String ALL_COUNTED = "";
    private final Image image = new Image();
    private final Anchor fullSize = new Anchor();
    private final Select<String> openZone = new Select<>();
    // The diagram's model is made when needed, not kept: the canvas keeps its own layout of the same plan, and a
    // second copy in every open editor is what docs/deployment.md ("Heap per editor session") counts.
    private Plan plan;
    private Recommendation recommendation;
    private Set<String> highlighted = Set.of();
    /** The zones offered under the picture, by the names shown for them (each edit would send them again). */
    private List<String> offeredNames;

    DesignDiagram() {
        this("design-diagram");
    }

    /** @param id the image's element id */
    DesignDiagram(String id) {
        image.setId(id);
        image.setWidthFull();
        image.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BorderRadius.MEDIUM);
        fullSize.setText("Open the diagram full size");
        fullSize.setTarget(AnchorTarget.BLANK);
        fullSize.addClassNames(LumoUtility.FontSize.SMALL);
        openZone.setId(id + "-open-zone");
        openZone.setLabel("Show every store of");
        openZone.setItemLabelGenerator(zone -> zone.isEmpty() ? "No zone (every zone counted)"
                : plan == null ? zone : plan.location(zone).map(Location::name).orElse(zone));
        openZone.setVisible(false);
        openZone.addValueChangeListener(event -> {
            if (event.isFromClient() && plan != null) {
                drawModel();
            }
        });
        getContent().add(image, fullSize, openZone);
        getContent().setWidthFull();
    }

    /** Points the image at the new design; the SVG is drawn only when the browser fetches it, not on every edit. */
    void show(Plan plan, Recommendation recommendation) {
        this.plan = plan;
        this.recommendation = recommendation;
        boolean big = plan.dataStores().size() > DiagramModel.SUMMARY_THRESHOLD;
        openZone.setVisible(big);
        if (big) {
            String open = openZone.getValue();
            List<String> zones = new java.util.ArrayList<>(List.of(ALL_COUNTED));
            plan.locations().forEach(location -> zones.add(location.id()));
            List<String> names = zones.stream().map(openZone.getItemLabelGenerator()).toList();
            // Most edits keep the locations and their names: the choice is not sent again with every edit.
            if (!names.equals(offeredNames)) {
                offeredNames = names;
                openZone.setItems(zones);
                openZone.setValue(open != null && plan.location(open).isPresent() ? open : ALL_COUNTED);
            }
        }
        highlighted = Set.of();
        drawModel();
    }

    /** Shows one diagram of two designs, with what the later one added, changed and removed marked. */
    void showComparison(Plan before, Recommendation beforeDesign, Plan after, Recommendation afterDesign) {
        plan = null;
        recommendation = null;
        highlighted = Set.of();
        openZone.setVisible(false);
        show(() -> Exporters.comparisonSvg(before, beforeDesign, after, afterDesign),
                "Network diagram of " + after.name() + " with the differences from the earlier version marked");
    }

    /**
     * Outlines the diagram elements {@code elementIds} (zone, store, runtime and edge ids of the diagram, as
     * {@link #focus()} computes them) and fades the rest; an empty set shows the diagram plain.
     */
    void highlight(Set<String> elementIds) {
        if (plan == null || elementIds.equals(highlighted)) {
            return;
        }
        highlighted = Set.copyOf(elementIds);
        showModel();
    }

    /** What recommendation items concern on the diagram shown; null while it shows a comparison or nothing. */
    DiagramFocus focus() {
        return plan == null ? null : new DiagramFocus(model(), recommendation);
    }

    /** The elements highlighted now. */
    Set<String> highlighted() {
        return highlighted;
    }

    /** The SVG document the image shows now. */
    String svg() {
        return Exporters.svg(model(), highlighted);
    }

    private DiagramModel model() {
        return model(plan, recommendation, openZones());
    }

    private static DiagramModel model(Plan plan, Recommendation recommendation, Set<String> openZones) {
        return Exporters.readableModel(plan, recommendation, openZones);
    }

    private Set<String> openZones() {
        String open = openZone.isVisible() ? openZone.getValue() : null;
        return open == null || open.isEmpty() ? Set.of() : Set.of(open);
    }

    private void drawModel() {
        highlighted = Set.of();
        showModel();
    }

    private void showModel() {
        Plan shown = plan;
        Recommendation design = recommendation;
        Set<String> open = openZones();
        Set<String> lit = highlighted;
        String name = plan.name();
        show(() -> Exporters.svg(model(shown, design, open), lit), "Network diagram of " + name
                + (lit.isEmpty() ? "" : ", the selected item's elements highlighted"));
    }

    private void show(SerializableSupplier<String> svgDocument, String alt) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] svg = svgDocument.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(svg), "diagram.svg", "image/svg+xml", svg.length);
        });
        image.setSrc(handler);
        image.setAlt(alt);
        fullSize.setHref(handler);
    }
}
