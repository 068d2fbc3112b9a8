package org.hybridplanner.factoryimport;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Resolves a value of a resource's properties. In a git-mode folder values are literal; in an ARM template a value
 * may be {@code [parameters('name')]}, resolved from the parameters file or the parameter's default, unless the
 * parameter is secure. Data Factory expressions ({@code @...}), Key Vault secret references and other ARM
 * expressions are never guessed.
 */
final class Values {
    private static final Pattern PARAMETER = Pattern.compile("^\\[parameters\\('([^']+)'\\)\\]$");

    /** An ARM template parameter: its declared type, its default, and its value in the parameters file. */
    record Parameter(String type, JsonNode defaultValue, JsonNode value) {
        boolean secure() {
            return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("secure");
        }
    }

    private final Map<String, Parameter> parameters;

    private Values(Map<String, Parameter> parameters) {
        this.parameters = parameters;
    }

    static Values literal() {
        return new Values(null);
    }

    static Values armTemplate(Map<String, Parameter> parameters) {
        return new Values(Map.copyOf(parameters));
    }

    /** The text a node stands for, or why it cannot be known. */
    Resolved resolve(JsonNode node, String what) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Resolved.unknown(what + " is not in the export");
        }
        if (node.isObject()) {
            String type = node.path("type").asString("");
            return switch (type) {
                case "AzureKeyVaultSecret" -> Resolved.unknown(what + " is a Key Vault secret ("
                        + node.path("secretName").asString("unnamed") + " in "
                        + node.path("store").path("referenceName").asString("a vault") + ")");
                case "SecureString" -> Resolved.unknown(what + " is a secure string");
                case "Expression" -> Resolved.unknown(what + " is an expression");
                default -> Resolved.unknown(what + " is not a plain value");
            };
        }
        if (!node.isString()) {
            return node.isValueNode() ? Resolved.known(node.asString(), "the export") : Resolved.unknown(what
                    + " is not a plain value");
        }
        return text(node.stringValue(), what);
    }

    private Resolved text(String text, String what) {
        if (parameters != null && text.startsWith("[") && !text.startsWith("[[")) {
            Matcher parameter = PARAMETER.matcher(text.strip());
            if (!parameter.matches()) {
                return Resolved.unknown(what + " is an ARM template expression");
            }
            return parameter(parameter.group(1), what);
        }
        String literal = parameters != null && text.startsWith("[[") ? text.substring(1) : text;
        if (literal.startsWith("@") && !literal.startsWith("@@") || literal.contains("@{")) {
            return Resolved.unknown(what + " is a Data Factory expression");
        }
        return Resolved.known(literal.startsWith("@@") ? literal.substring(1) : literal, "the export");
    }

    private Resolved parameter(String name, String what) {
        Parameter declared = parameters.get(name);
        if (declared == null) {
            return Resolved.unknown(what + " is ARM parameter '" + name + "', which the template does not declare");
        }
        JsonNode value = declared.value();
        if (value != null && value.isObject()) {
            return Resolved.unknown(what + " is ARM parameter '" + name + "', a Key Vault reference in the"
                    + " parameters file");
        }
        if (declared.secure()) {
            return Resolved.unknown(what + " is secure ARM parameter '" + name + "'");
        }
        if (value != null && value.isValueNode() && !value.isNull()) {
            return nested(value, name, "the parameters file");
        }
        JsonNode fallback = declared.defaultValue();
        if (fallback != null && fallback.isValueNode() && !fallback.isNull()) {
            return nested(fallback, name, "the default of ARM parameter '" + name + "'");
        }
        return Resolved.unknown(what + " is ARM parameter '" + name + "', which has no value");
    }

    /** A parameter's value is itself literal text, possibly a Data Factory expression. */
    private Resolved nested(JsonNode value, String name, String source) {
        String text = value.asString();
        if (text.startsWith("@") && !text.startsWith("@@") || text.contains("@{")) {
            return Resolved.unknown("ARM parameter '" + name + "' is a Data Factory expression");
        }
        return Resolved.known(text, name.isEmpty() ? source : "ARM parameter '" + name + "' (" + source + ")");
    }
}
