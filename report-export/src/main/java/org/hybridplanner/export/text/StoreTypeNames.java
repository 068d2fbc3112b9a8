package org.hybridplanner.export.text;

import java.util.Locale;
import java.util.Set;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.StoreTypeSpec;

/** Display names for store type codes: the catalog's when known, else the code made readable. */
public final class StoreTypeNames {
    private static final Set<String> ACRONYMS = Set.of("SQL", "DB", "S3", "AWS", "FTP", "SFTP", "HTTP", "SAP",
            "HDFS", "ODBC", "REST", "VM", "IR");
    private final Catalog catalog;

    private StoreTypeNames(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Names from {@code catalog}, or made from the codes when it is null. */
    public static StoreTypeNames of(Catalog catalog) {
        return new StoreTypeNames(catalog);
    }

    public String displayName(String typeCode) {
        if (catalog != null) {
            var spec = catalog.storeType(typeCode);
            if (spec.isPresent()) {
                return spec.map(StoreTypeSpec::displayName).orElseThrow();
            }
        }
        return humanize(typeCode);
    }

    /** {@code AZURE_SQL_DATABASE} becomes {@code Azure SQL Database}. */
    static String humanize(String code) {
        StringBuilder out = new StringBuilder();
        for (String word : code.split("_")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String upper = word.toUpperCase(Locale.ROOT);
            out.append(ACRONYMS.contains(upper) ? upper
                    : upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
