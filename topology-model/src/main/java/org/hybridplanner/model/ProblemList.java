package org.hybridplanner.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of a plan, keeping the first {@link PlanLimits#MAX_REPORTED_PROBLEMS} in full and only
 * counting the rest by kind (their message), so that memory stays bounded however many problems a document has.
 * At most {@link #MAX_KINDS} kinds are told apart; further kinds are counted as "other problems". Not thread-safe.
 */
public final class ProblemList {
    /** How many kinds of omitted problems are counted separately. */
    public static final int MAX_KINDS = 20;
    static final String OTHER_KIND = "other problems";

    private final int reportedLimit;
    private final List<Problem> reported = new ArrayList<>();
    private final Map<String, Integer> omitted = new LinkedHashMap<>();
    private int count;

    public ProblemList() {
        this(PlanLimits.MAX_REPORTED_PROBLEMS);
    }

    ProblemList(int reportedLimit) {
        this.reportedLimit = reportedLimit;
    }

    /** A list holding {@code problems}, capped like any other. */
    public static ProblemList of(Collection<Problem> problems) {
        ProblemList list = new ProblemList();
        problems.forEach(list::add);
        return list;
    }

    public void add(Problem problem) {
        if (reported.size() < reportedLimit) {
            reported.add(problem);
            count++;
        } else {
            countOmitted(problem.message());
        }
    }

    /** Adds a problem, building it only when it is kept (escaping millions of paths that are only counted is waste). */
    void add(String path, String value, String message) {
        if (reported.size() < reportedLimit) {
            add(new Problem(path, value, message));
        } else {
            countOmitted(message);
        }
    }

    public void addAll(ProblemList other) {
        other.reported.forEach(this::add);
        other.omitted.forEach((kind, n) -> {
            omitted.merge(kindOf(kind), n, Integer::sum);
            count += n;
        });
    }

    private void countOmitted(String message) {
        omitted.merge(kindOf(message), 1, Integer::sum);
        count++;
    }

    private String kindOf(String message) {
        return omitted.containsKey(message) || omitted.size() < MAX_KINDS ? message : OTHER_KIND;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** Every problem found, reported or only counted. */
    public int count() {
        return count;
    }

    /** The problems kept in full, in the order found. */
    public List<Problem> reported() {
        return List.copyOf(reported);
    }

    /** The problems only counted, by kind, in the order each kind was first omitted. */
    public List<MoreProblems> more() {
        return omitted.entrySet().stream().map(e -> new MoreProblems(e.getKey(), e.getValue())).toList();
    }
}
