package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Optional;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Plan;

/** The plan's flows: which data moves from which store to which. */
final class FlowsSection extends ElementSection<Flow> {
    FlowsSection(PlanEditing editing) {
        super(editing, "flow", "flows", new FlowForm(editing.catalog()));
        init();
    }

    @Override
    List<Flow> elements(Plan plan) {
        return plan.flows();
    }

    @Override
    Optional<Plan> added(Plan plan) {
        return PlanEdits.addFlow(plan);
    }

    @Override
    String cannotAddReason() {
        return "Add two data stores first: a flow moves data from one to another.";
    }

    @Override
    Plan replaced(Plan plan, int index, Flow element) {
        return PlanEdits.replaceFlow(plan, index, element);
    }

    @Override
    ElementRemoval removal(Plan plan, int index) {
        return ElementRemoval.ofFlow(plan, index);
    }

    @Override
    void columns(Grid<Indexed<Flow>> grid) {
        grid.addColumn(row -> row.element().id()).setHeader("Id");
        grid.addColumn(row -> row.element().source()).setHeader("Source");
        grid.addColumn(row -> row.element().sink()).setHeader("Sink");
        grid.addColumn(row -> row.element().stagedCopy() ? "staged" : "").setHeader("Copy");
    }
}
