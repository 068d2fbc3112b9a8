package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Optional;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.StoreTypeSpec;

/** The plan's data stores. */
final class DataStoresSection extends ElementSection<DataStore> {
    DataStoresSection(PlanEditing editing) {
        super(editing, "data store", "dataStores", new DataStoreForm(editing.catalog()));
        init();
    }

    @Override
    List<DataStore> elements(Plan plan) {
        return plan.dataStores();
    }

    @Override
    Optional<Plan> added(Plan plan) {
        return PlanEdits.addDataStore(plan, editing.catalog());
    }

    @Override
    String cannotAddReason() {
        return "Add a location first: every data store stands in one.";
    }

    @Override
    Plan replaced(Plan plan, int index, DataStore element) {
        return PlanEdits.replaceDataStore(plan, index, element);
    }

    @Override
    ElementRemoval removal(Plan plan, int index) {
        return ElementRemoval.ofDataStore(plan, index);
    }

    @Override
    void columns(Grid<Indexed<DataStore>> grid) {
        grid.addColumn(row -> row.element().id()).setHeader("Id");
        grid.addColumn(row -> row.element().name()).setHeader("Name");
        grid.addColumn(row -> editing.catalog().storeType(row.element().type()).map(StoreTypeSpec::displayName)
                .orElse(row.element().type())).setHeader("Type");
        grid.addColumn(row -> row.element().location()).setHeader("Location");
    }
}
