/**
 * The plan format and the recommendation it produces, as small immutable records.
 *
 * <p>A {@link org.hybridplanner.model.Plan} describes where data lives and how it must move; the
 * {@link org.hybridplanner.model.PlanReader} turns plan-format JSON into a plan or a complete list of
 * {@link org.hybridplanner.model.Problem}s. A {@link org.hybridplanner.model.Recommendation} is what the engine
 * derives from a plan. Plain Java: no Spring, JPA or Vaadin.
 */
package org.hybridplanner.model;
