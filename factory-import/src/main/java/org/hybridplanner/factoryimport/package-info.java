/**
 * Import of an existing Azure Data Factory: its publish ARM template ({@code ARMTemplateForFactory.json}, with
 * {@code ARMTemplateParametersForFactory.json} beside it), its git-mode folder, or a zip of either, read into a
 * {@link org.hybridplanner.model.Plan} and an {@link org.hybridplanner.factoryimport.ImportReport} that says what
 * was read, what was inferred and what the architect must confirm. Plain Java; no framework. See docs/importing.md.
 */
package org.hybridplanner.factoryimport;
