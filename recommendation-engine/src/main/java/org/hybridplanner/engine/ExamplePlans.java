package org.hybridplanner.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example plans in {@code seed-data/.../examples/}, listed by {@code examples/index.json}, each with the
 * reviewed recommendation it must produce. The last-listed demo plan is what a new installation starts with.
 */
public final class ExamplePlans {
    private static final String ROOT = RuleBook.SEED_ROOT + "examples/";
    /** The example a fresh planner loads as its demo plan. */
    public static final String DEMO_ID = "06-mixed-azure-aws-estate";

    private record IndexRow(String id, String title) {
    }

    private ExamplePlans() {
    }

    public static List<ExamplePlan> all() {
        List<IndexRow> index = JsonMapper.builder().build()
                .readValue(resource("index.json"), new TypeReference<List<IndexRow>>() { });
        return index.stream()
                .map(row -> new ExamplePlan(row.id(), row.title(), resource(row.id() + ".json"),
                        optionalResource(row.id() + ".expected.json")))
                .toList();
    }

    public static ExamplePlan byId(String id) {
        return all().stream().filter(example -> example.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No example plan " + id));
    }

    public static ExamplePlan demo() {
        return byId(DEMO_ID);
    }

    private static String resource(String name) {
        String text = optionalResource(name);
        if (text == null) {
            throw new IllegalStateException("Example resource " + name + " is missing from seed-data");
        }
        return text;
    }

    private static String optionalResource(String name) {
        try (InputStream in = ExamplePlans.class.getResourceAsStream(ROOT + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
