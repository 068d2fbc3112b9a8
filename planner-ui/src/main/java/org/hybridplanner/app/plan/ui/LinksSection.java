package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Optional;
import org.hybridplanner.model.Link;
import org.hybridplanner.model.Plan;

/** The plan's network links between locations. */
final class LinksSection extends ElementSection<Link> {
    LinksSection(PlanEditing editing) {
        super(editing, "link", "links", new LinkForm(editing.catalog()));
        init();
    }

    @Override
    List<Link> elements(Plan plan) {
        return plan.links();
    }

    @Override
    Optional<Plan> added(Plan plan) {
        return PlanEdits.addLink(plan, editing.catalog());
    }

    @Override
    String cannotAddReason() {
        return "Add two locations that a link type can join first (for example an on-premises network and an "
                + "Azure virtual network).";
    }

    @Override
    Plan replaced(Plan plan, int index, Link element) {
        return PlanEdits.replaceLink(plan, index, element);
    }

    @Override
    ElementRemoval removal(Plan plan, int index) {
        return ElementRemoval.ofLink(plan, index);
    }

    @Override
    void columns(Grid<Indexed<Link>> grid) {
        grid.addColumn(row -> row.element().first()).setHeader("One end");
        grid.addColumn(row -> row.element().second()).setHeader("Other end");
        grid.addColumn(row -> row.element().type().displayName()).setHeader("Type");
    }
}
