package org.hybridplanner.app.plan.ui;

import org.hybridplanner.model.LinkType;

/** A link as {@link LinkForm} holds it: two ends in separate fields (public: Binder reads it reflectively). */
public record LinkEnds(String oneEnd, String otherEnd, LinkType type) {
}
