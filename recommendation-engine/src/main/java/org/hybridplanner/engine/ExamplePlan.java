package org.hybridplanner.engine;

import java.util.Objects;

/**
 * An example plan shipped in seed-data.
 *
 * @param id the file's base name, for example {@code 02-expressroute-microsoft-peering}
 * @param title a one-line description
 * @param json the plan document
 * @param expectedJson the reviewed recommendation the engine must produce for it
 */
public record ExamplePlan(String id, String title, String json, String expectedJson) {
    public ExamplePlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(json, "json");
    }
}
