package org.hybridplanner.app.plan.ui;

/** A plan element with its position, so that grids tell equal-looking elements apart. */
record Indexed<E>(int index, E element) {
}
