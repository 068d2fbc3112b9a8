package org.hybridplanner.factoryimport;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The activities of a pipeline that move data, found wherever they stand: at the top, or inside ForEach, If
 * Condition, Until and Switch (to any depth). Copy activities name their source and sink datasets; Execute Data
 * Flow activities name the data flow whose sources and sinks they read and write.
 */
final class Activities {
    /**
     * One activity that moves data.
     *
     * @param name {@code pipeline / activity}, with the containers between them for nested activities
     * @param inputs the datasets a copy reads (empty for a data flow)
     * @param outputs the datasets a copy writes
     * @param staged whether a copy stages through interim storage
     * @param stagingLinkedService the staging store's linked service, or null
     * @param dataFlow the data flow an Execute Data Flow activity runs, or null
     */
    record Movement(String name, List<String> inputs, List<String> outputs, boolean staged,
            String stagingLinkedService, String dataFlow) {
    }

    private Activities() {
    }

    static List<Movement> of(String pipeline, JsonNode properties) {
        List<Movement> found = new ArrayList<>();
        walk(pipeline, properties.path("activities"), found);
        return found;
    }

    private static void walk(String prefix, JsonNode activities, List<Movement> found) {
        if (!activities.isArray()) {
            return;
        }
        for (JsonNode activity : activities) {
            String name = prefix + " / " + activity.path("name").asString("(unnamed)");
            JsonNode type = activity.path("typeProperties");
            switch (activity.path("type").asString("")) {
                case "Copy" -> found.add(new Movement(name, references(activity.path("inputs")),
                        references(activity.path("outputs")), staged(type.get("enableStaging")),
                        type.path("stagingSettings").path("linkedServiceName").path("referenceName").asString(null),
                        null));
                case "ExecuteDataFlow" -> found.add(new Movement(name, List.of(), List.of(), false, null,
                        type.path("dataFlow").path("referenceName").asString(null)));
                case "ForEach", "Until" -> walk(name, type.path("activities"), found);
                case "IfCondition" -> {
                    walk(name, type.path("ifTrueActivities"), found);
                    walk(name, type.path("ifFalseActivities"), found);
                }
                case "Switch" -> {
                    for (JsonNode branch : type.path("cases")) {
                        walk(name, branch.path("activities"), found);
                    }
                    walk(name, type.path("defaultActivities"), found);
                }
                default -> {
                    // Lookup, Get Metadata, Script, Web and the rest read no plan-relevant data flow.
                }
            }
        }
    }

    private static List<String> references(JsonNode list) {
        List<String> names = new ArrayList<>();
        for (JsonNode reference : list) {
            String name = reference.path("referenceName").asString(null);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** Staging is on when the export says true; an expression that may turn it on is not guessed (off). */
    private static boolean staged(JsonNode node) {
        return node != null && (node.isBoolean() && node.booleanValue()
                || node.isString() && node.stringValue().equalsIgnoreCase("true"));
    }
}
