package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.StoreTypeSpec;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The canvas's palette: what it offers, and that an open editor keeps none of it but one shared string. */
class CanvasPaletteTest {
    private final Catalog catalog = RecommendationEngine.standard().catalog();

    @Test
    void offersEveryLocationKindAndEachKindsStoreTypesUnderTheirIds() {
        Document palette = Jsoup.parseBodyFragment(CanvasPalette.markup(catalog));

        for (LocationKind kind : LocationKind.values()) {
            Element location = palette.getElementById("palette-location-" + kind.name());
            assertThat(location.text()).isEqualTo(kind.displayName());
            assertThat(location.attr("data-palette-kind")).isEqualTo(CanvasPalette.LOCATION);
            assertThat(location.attr("data-palette-value")).isEqualTo(kind.name());
            Element group = palette.getElementById("palette-group-" + kind.name());
            assertThat(group.selectFirst("vaadin-details-summary").text()).isEqualTo("In " + kind.displayName());
            for (StoreTypeSpec spec : catalog.storeTypesFor(kind)) {
                Element store = group.getElementById("palette-store-" + kind.name() + "-" + spec.type());
                assertThat(store.text()).isEqualTo(spec.displayName());
                assertThat(store.attr("data-palette-group")).isEqualTo(kind.name());
                assertThat(store.attr("title")).isNotBlank();
            }
        }
        assertThat(palette.select("vaadin-details[opened]")).extracting(Element::id)
                .containsExactly("palette-group-ON_PREMISES", "palette-group-AZURE_PUBLIC");
    }

    @Test
    void everyPaletteSendsOneSharedMarkupAndKeepsNoComponentPerItem() {
        CanvasPalette first = new CanvasPalette(catalog, (kind, value, group) -> { });
        CanvasPalette second = new CanvasPalette(catalog, (kind, value, group) -> { });

        assertThat(first.getElement().getProperty("innerHTML"))
                .isSameAs(second.getElement().getProperty("innerHTML"));
        assertThat(first.getElement().getChildCount()).isZero();
    }

    @Test
    void aClickOnAnItemSaysWhichItemAndGroup() {
        List<String> clicks = new ArrayList<>();
        CanvasPalette palette = new CanvasPalette(catalog, (kind, value, group) -> clicks.add(kind + " " + value
                + " " + group));

        click(palette, CanvasPalette.STORE, "SQL_SERVER", "ON_PREMISES");
        click(palette, CanvasPalette.LOCATION, "AWS_VPC", "");

        assertThat(clicks).containsExactly("store SQL_SERVER ON_PREMISES", "location AWS_VPC null");
    }

    /** What the browser sends for a click on an item (the listener's filter and event data, by expression). */
    static void click(CanvasPalette palette, String kind, String value, String group) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(CanvasPalette.ON_ITEM, true);
        data.put(CanvasPalette.KIND, kind);
        data.put(CanvasPalette.VALUE, value);
        data.put(CanvasPalette.GROUP, group);
        palette.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(palette.getElement(), "click", data));
    }
}
