package org.hybridplanner.model;

/**
 * The documented limits on a plan document (see docs/plan-format.md). The reader refuses anything beyond them
 * with a problem that names the limit, before spending memory on it.
 */
public final class PlanLimits {
    /** Largest plan document accepted, in bytes. */
    public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
    /** Deepest nesting of arrays and objects accepted (a valid plan nests 4 levels). */
    public static final int MAX_NESTING_DEPTH = 32;
    public static final int MAX_LOCATIONS = 500;
    public static final int MAX_LINKS = 2_000;
    public static final int MAX_DATA_STORES = 20_000;
    public static final int MAX_FLOWS = 50_000;
    public static final int MAX_ADDRESSES_PER_LOCATION = 64;
    /** Most activities one flow may name (an imported flow names every Data Factory activity it stands for). */
    public static final int MAX_ACTIVITIES_PER_FLOW = 10_000;
    public static final int MAX_ID_LENGTH = 64;
    public static final int MAX_NAME_LENGTH = 512;
    /** Longest string of any kind the JSON parser accepts; longer ones are refused while parsing. */
    public static final int MAX_STRING_LENGTH = 64 * 1024;
    /** Problems reported in full; beyond them, problems are only counted by kind (see {@link ProblemList}). */
    public static final int MAX_REPORTED_PROBLEMS = 100;

    private PlanLimits() {
    }
}
