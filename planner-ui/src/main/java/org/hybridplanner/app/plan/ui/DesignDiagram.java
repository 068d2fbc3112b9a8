package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.hybridplanner.export.Exporters;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;

/**
 * The design's diagram, drawn by report-export on the server. It is shown as an image rather than inlined markup:
 * an SVG loaded through {@code <img>} can never run script, whatever the plan's names contain.
 */
final class DesignDiagram extends Composite<Div> {
    private final Image image = new Image();
    private final Anchor fullSize = new Anchor();

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
        getContent().add(image, fullSize);
        getContent().setWidthFull();
    }

    /** Points the image at the new design; the SVG is drawn only when the browser fetches it, not on every edit. */
    void show(Plan plan, Recommendation recommendation) {
        show(() -> Exporters.svg(plan, recommendation), "Network diagram of " + plan.name());
    }

    /** Shows one diagram of two designs, with what the later one added, changed and removed marked. */
    void showComparison(Plan before, Recommendation beforeDesign, Plan after, Recommendation afterDesign) {
        show(() -> Exporters.comparisonSvg(before, beforeDesign, after, afterDesign),
                "Network diagram of " + after.name() + " with the differences from the earlier version marked");
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
