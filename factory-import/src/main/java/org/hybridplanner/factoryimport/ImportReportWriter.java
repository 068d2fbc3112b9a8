package org.hybridplanner.factoryimport;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes an import report as JSON: pretty-printed, every field present (null where unknown). */
public final class ImportReportWriter {
    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String write(ImportReport report) {
        return mapper.writeValueAsString(report) + "\n";
    }

    public byte[] writeBytes(ImportReport report) {
        return write(report).getBytes(StandardCharsets.UTF_8);
    }
}
