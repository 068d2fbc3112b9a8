/**
 * What changed between two versions of a plan, and between the recommendations made of them, as pure functions over
 * the model's records: {@link org.hybridplanner.model.change.PlanChanges#between} lists added, removed and changed
 * elements with their changed fields; {@link org.hybridplanner.model.change.RecommendationChanges#between} lists the
 * firewall rules and allowlist entries one design has and the other has not.
 */
package org.hybridplanner.model.change;
