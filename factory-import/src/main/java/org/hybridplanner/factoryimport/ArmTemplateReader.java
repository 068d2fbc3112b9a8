package org.hybridplanner.factoryimport;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hybridplanner.factoryimport.FactoryResources.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a factory's publish ARM template ({@code ARMTemplateForFactory.json}) and its parameters file: resources of
 * the {@code Microsoft.DataFactory/factories/...} types, named {@code [concat(parameters('factoryName'), '/x')]}.
 */
final class ArmTemplateReader {
    private static final String FACTORIES = "microsoft.datafactory/factories";
    /** The last quoted literal of a resource name expression: {@code '/ls_sql'} or {@code '/default/mpe'}. */
    private static final Pattern LAST_LITERAL = Pattern.compile("'([^']*)'\\s*\\)\\s*\\]\\s*$");

    private ArmTemplateReader() {
    }

    /** Whether the JSON is an ARM template with Data Factory resources (as opposed to any other JSON file). */
    static boolean isDataFactoryTemplate(JsonNode root) {
        JsonNode resources = root.get("resources");
        if (resources == null || !resources.isArray()) {
            return false;
        }
        for (JsonNode resource : resources) {
            if (resource.path("type").asString("").toLowerCase(Locale.ROOT).startsWith(FACTORIES)) {
                return true;
            }
        }
        return false;
    }

    static FactoryResources read(ExportFiles.ExportFile templateFile, JsonNode template,
            ExportFiles.ExportFile parametersFile, JsonNode parametersRoot) throws ImportRefusedException {
        if (!isDataFactoryTemplate(template)) {
            throw new ImportRefusedException(templateFile.name() + ": not a Data Factory export (an ARM template"
                    + " with Microsoft.DataFactory/factories resources, or a git-mode folder, was expected)");
        }
        Map<String, Values.Parameter> parameters = parameters(template, parametersRoot);
        FactoryResources factory = new FactoryResources(ExportKind.ARM_TEMPLATE, Values.armTemplate(parameters));
        factory.files = parametersFile == null ? 1 : 2;
        // The publish template names every resource after the factoryName parameter.
        Resolved name = template.path("parameters").has("factoryName")
                ? factory.values.resolve(JsonNodeFactory.instance.stringNode("[parameters('factoryName')]"),
                        "the factory name")
                : Resolved.unknown("the factory name is not in the export");
        factory.factoryName = name.value();
        for (JsonNode resource : template.path("resources")) {
            read(resource, templateFile.name(), factory);
        }
        return factory;
    }

    private static void read(JsonNode resource, String file, FactoryResources factory) throws ImportRefusedException {
        String type = resource.path("type").asString("").toLowerCase(Locale.ROOT);
        if (!type.startsWith(FACTORIES)) {
            return;
        }
        if (type.equals(FACTORIES)) {
            Resolved location = factory.values.resolve(resource.get("location"), "the factory's region");
            if (location.isKnown()) {
                factory.region = location.value();
            }
            return;
        }
        String name = resourceName(resource.path("name").asString(""));
        JsonNode properties = resource.get("properties");
        if (name.isEmpty() || properties == null || !properties.isObject()) {
            throw new ImportRefusedException(file + ": a " + resource.path("type").asString() + " resource has no"
                    + " name or no properties; not a Data Factory export as Data Factory publishes it");
        }
        Resource read = new Resource(name, file, properties);
        switch (type.substring(FACTORIES.length())) {
            case "/linkedservices" -> factory.linkedServices.put(name, read);
            case "/datasets" -> factory.datasets.put(name, read);
            case "/pipelines" -> factory.pipelines.put(name, read);
            case "/dataflows" -> factory.dataFlows.put(name, read);
            case "/integrationruntimes" -> factory.runtimes.put(name, read);
            case "/managedvirtualnetworks/managedprivateendpoints" -> factory.privateEndpoints.add(read);
            default -> {
                // Triggers, credentials, global parameters, the managed virtual network itself: nothing to plan.
            }
        }
    }

    /** {@code [concat(parameters('factoryName'), '/default/mpe_sql')]} names {@code mpe_sql}. */
    static String resourceName(String expression) {
        Matcher literal = LAST_LITERAL.matcher(expression);
        String text = literal.find() ? literal.group(1) : expression;
        int slash = text.lastIndexOf('/');
        return slash >= 0 ? text.substring(slash + 1) : text;
    }

    private static Map<String, Values.Parameter> parameters(JsonNode template, JsonNode parametersRoot) {
        JsonNode supplied = parametersRoot == null ? null : parametersRoot.get("parameters");
        Map<String, Values.Parameter> parameters = new HashMap<>();
        for (Map.Entry<String, JsonNode> declared : template.path("parameters").properties()) {
            JsonNode definition = declared.getValue();
            JsonNode value = supplied == null ? null : supplied.path(declared.getKey()).get("value");
            JsonNode reference = supplied == null ? null : supplied.path(declared.getKey()).get("reference");
            parameters.put(declared.getKey(), new Values.Parameter(definition.path("type").asString(null),
                    definition.get("defaultValue"), reference != null ? reference : value));
        }
        return parameters;
    }
}
