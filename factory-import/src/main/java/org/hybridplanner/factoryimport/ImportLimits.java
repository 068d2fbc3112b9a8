package org.hybridplanner.factoryimport;

/**
 * The documented limits of an import (docs/importing.md, "Limits"). Anything beyond them is refused with a message
 * that names the file and the limit, before more memory is spent on it.
 */
public final class ImportLimits {
    /** Largest upload, ARM template or zip file accepted, in bytes: the API's request-body limit. */
    public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
    /** Most entries a zip may have (directories included), and most files a folder may have. */
    public static final int MAX_ENTRIES = 10_000;
    /** Most bytes all the JSON files of one export may hold together, uncompressed. */
    public static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    /** Deepest folder nesting read inside a zip or folder; deeper entries are ignored and reported. */
    public static final int MAX_FOLDER_DEPTH = 16;
    /** Deepest nesting of JSON arrays and objects accepted in one file. */
    public static final int MAX_JSON_DEPTH = 256;
    /** Imports that may run at once in the planner; more wait for a free place or are refused as busy. */
    public static final int MAX_CONCURRENT_IMPORTS = 2;

    private ImportLimits() {
    }
}
