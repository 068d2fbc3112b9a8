package org.hybridplanner.app.plan.ui;

import java.util.List;
import java.util.Optional;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.EndpointStyle;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Problem;

/** What the editor's sections may ask of it: the plan being edited, the catalog, to apply an edit and to undo. */
interface PlanEditing {
    Plan plan();

    Catalog catalog();

    /** The Data Factory service host a self-hosted runtime of such a factory connects to, in the region's cloud. */
    Optional<String> dataFactoryServiceHost(String factoryName, String region, EndpointStyle style);

    /**
     * Makes {@code candidate} the edited plan when it has no problems, and returns its problems otherwise (the plan
     * then stays as it was, so an invalid edit is never saved). An applied edit can be undone.
     */
    List<Problem> apply(Plan candidate);

    /** Undoes the last edit of this editing session, when there is one. */
    void undo();
}
