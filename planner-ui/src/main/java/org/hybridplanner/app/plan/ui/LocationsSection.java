package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Optional;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Plan;

/** The plan's locations. */
final class LocationsSection extends ElementSection<Location> {
    LocationsSection(PlanEditing editing) {
        super(editing, "location", "locations", new LocationForm());
        init();
    }

    @Override
    List<Location> elements(Plan plan) {
        return plan.locations();
    }

    @Override
    Optional<Plan> added(Plan plan) {
        return Optional.of(PlanEdits.addLocation(plan));
    }

    @Override
    String cannotAddReason() {
        return "";
    }

    @Override
    Plan replaced(Plan plan, int index, Location element) {
        return PlanEdits.replaceLocation(plan, index, element);
    }

    @Override
    ElementRemoval removal(Plan plan, int index) {
        return ElementRemoval.ofLocation(plan, index);
    }

    @Override
    void columns(Grid<Indexed<Location>> grid) {
        grid.addColumn(row -> row.element().id()).setHeader("Id");
        grid.addColumn(row -> row.element().name()).setHeader("Name");
        grid.addColumn(row -> row.element().kind().displayName()).setHeader("Kind");
        grid.addColumn(row -> String.join(", ", row.element().egressIps())).setHeader("Egress IPs");
        grid.addColumn(row -> String.join(", ", row.element().addressSpaces())).setHeader("Address spaces");
    }
}
