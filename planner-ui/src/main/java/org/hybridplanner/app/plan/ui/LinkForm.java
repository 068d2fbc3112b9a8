package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.renderer.TextRenderer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.Link;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Plan;

/** Edits one link; the type list only offers link types the catalog allows between the two ends' kinds. */
final class LinkForm extends PlanForm<Link> {
    private final Catalog catalog;
    private final ComboBox<String> oneEnd = Fields.choice("link-one-end", "One end");
    private final ComboBox<String> otherEnd = Fields.choice("link-other-end", "Other end");
    private final ComboBox<LinkType> type = Fields.choice("link-type", "Link type");
    private final Binder<LinkEnds> binder = new Binder<>(LinkEnds.class);
    private Plan plan;

    LinkForm(Catalog catalog) {
        this.catalog = catalog;
        type.setItemLabelGenerator(LinkType::displayName);
        binder.forField(oneEnd).bind("oneEnd");
        binder.forField(otherEnd).bind("otherEnd");
        binder.forField(type).bind("type");
        oneEnd.addValueChangeListener(event -> offerTypes());
        otherEnd.addValueChangeListener(event -> offerTypes());
        binder.addValueChangeListener(event -> changed());
        layOut(oneEnd, otherEnd, type);
    }

    private void offerTypes() {
        Optional<Location> one = end(oneEnd.getValue());
        Optional<Location> other = end(otherEnd.getValue());
        if (one.isEmpty() || other.isEmpty()) {
            return;
        }
        List<LinkType> allowed = catalog.linkTypesJoining(one.get().kind(), other.get().kind());
        LinkType current = type.getValue();
        type.setItems(allowed);
        type.setHelperText(allowed.isEmpty() ? "No link type joins " + one.get().kind().displayName() + " and "
                + other.get().kind().displayName() : null);
        if (allowed.contains(current)) {
            type.setValue(current);
        } else if (!allowed.isEmpty() && !isLoading()) {
            type.setValue(allowed.get(0));
        }
    }

    private Optional<Location> end(String id) {
        return plan == null || id == null ? Optional.empty() : plan.location(id);
    }

    @Override
    void load(Link value, Plan plan) {
        this.plan = plan;
        List<String> ids = plan.locations().stream().map(Location::id).toList();
        TextRenderer<String> renderer = new TextRenderer<>(
                id -> plan.location(id).map(l -> l.id() + " · " + l.name() + " · " + l.kind().displayName()).orElse(id));
        for (ComboBox<String> end : List.of(oneEnd, otherEnd)) {
            end.setItems(ids);
            end.setRenderer(renderer);
        }
        binder.readRecord(new LinkEnds(value.first(), value.second(), value.type()));
        offerTypes();
    }

    @Override
    Optional<Link> value() {
        return written(binder).flatMap(draft -> draft.oneEnd() == null || draft.otherEnd() == null
                || draft.type() == null ? Optional.empty()
                : Optional.of(new Link(draft.oneEnd(), draft.otherEnd(), draft.type())));
    }

    @Override
    Map<String, HasValidation> fieldsByProperty() {
        return Map.of("between", otherEnd, "type", type);
    }
}
