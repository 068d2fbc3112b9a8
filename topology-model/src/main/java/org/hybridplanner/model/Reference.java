package org.hybridplanner.model;

import java.util.Objects;

/**
 * A citable passage of the guidance the engine encodes.
 *
 * @param id the citation every recommendation item names in its {@code reference} field
 * @param document the document's title
 * @param section the heading path within the document
 * @param url where the section is published
 * @param quote the source sentence, verbatim
 */
public record Reference(String id, String document, String section, String url, String quote) {
    public Reference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(quote, "quote");
    }
}
