package org.hybridplanner.model.change;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.RuntimeNodes;

/** Values in the words {@link PlanChanges} uses, with references named from one side's plan. */
record Wording(Plan plan, UnaryOperator<String> storeTypeName) {
    static final String NONE = "none";

    String text(Object value) {
        return value == null ? NONE : value.toString();
    }

    String list(Object values) {
        List<?> list = (List<?>) values;
        return list.isEmpty() ? NONE : String.join(", ", list.stream().map(Object::toString).toList());
    }

    String enumWords(Object value) {
        return ((Enum<?>) value).name().toLowerCase(Locale.ROOT);
    }

    String onOff(Object value) {
        return (Boolean) value ? "on" : "off";
    }

    String yesNo(Object value) {
        return (Boolean) value ? "yes" : "no";
    }

    String nodes(Object value) {
        return nodeWords((RuntimeNodes) value);
    }

    /** "2 nodes (10.1.0.4, 10.1.0.5)", or "none" for a location without runtime nodes. */
    static String nodeWords(RuntimeNodes nodes) {
        if (nodes == null) {
            return NONE;
        }
        return nodes.count() + (nodes.count() == 1 ? " node" : " nodes")
                + (nodes.addresses().isEmpty() ? "" : " (" + String.join(", ", nodes.addresses()) + ")");
    }

    String storeType(Object code) {
        return storeTypeName.apply((String) code);
    }

    String locationName(Object id) {
        return ElementNames.location(plan, (String) id);
    }

    String storeName(Object id) {
        return ElementNames.store(plan, (String) id);
    }
}
