package org.hybridplanner.app.plan;

import java.util.ArrayList;
import java.util.List;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Problem;

/**
 * What the planner adds to the plan format's own checks for names people read: no markup (it would be shown as
 * text anyway, but it is never what someone meant) and no bidirectional control characters, which can make a name
 * read differently from what it contains.
 */
final class NameRules {
    private NameRules() {
    }

    static List<Problem> problems(Plan plan) {
        List<Problem> problems = new ArrayList<>();
        check("$.name", plan.name(), problems);
        for (int i = 0; i < plan.locations().size(); i++) {
            check("$.locations[" + i + "].name", plan.locations().get(i).name(), problems);
        }
        for (int i = 0; i < plan.dataStores().size(); i++) {
            check("$.dataStores[" + i + "].name", plan.dataStores().get(i).name(), problems);
        }
        return problems;
    }

    /** Null when the name is acceptable, otherwise why not. */
    static String problem(String name) {
        if (name == null) {
            return null;
        }
        if (name.indexOf('<') >= 0 || name.indexOf('>') >= 0) {
            return "must not contain '<' or '>' (names are plain text)";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                    || c == '\u061C') {
                return "contains a right-to-left or other direction control character (U+"
                        + String.format("%04X", (int) c) + ") that could disguise the name";
            }
        }
        return null;
    }

    private static void check(String path, String name, List<Problem> problems) {
        String problem = problem(name);
        if (problem != null) {
            problems.add(new Problem(path, name, problem));
        }
    }
}
