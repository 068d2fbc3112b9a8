package org.hybridplanner.app.plan;

import org.hybridplanner.model.Plan;

/** A valid plan with its plan-format JSON and the warning count the list shows. */
record PlanDocument(Plan plan, String json, int warningCount) {
}
