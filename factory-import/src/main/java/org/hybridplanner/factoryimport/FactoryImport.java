package org.hybridplanner.factoryimport;

import java.util.Objects;
import org.hybridplanner.model.Plan;

/**
 * What an import gives: a plan that the validator accepts, and the report of what was read, inferred and asked.
 */
public record FactoryImport(Plan plan, ImportReport report) {
    public FactoryImport {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(report, "report");
    }
}
