package org.hybridplanner.factoryimport;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses the export's JSON files within the import's limits; a broken file is refused by its name. */
final class JsonFiles {
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(ImportLimits.MAX_FILE_BYTES)
                    .maxNestingDepth(ImportLimits.MAX_JSON_DEPTH)
                    .maxStringLength(ImportLimits.MAX_FILE_BYTES)
                    .build())
            .build()).build();

    private JsonFiles() {
    }

    static JsonNode parse(ExportFiles.ExportFile file) throws ImportRefusedException {
        try {
            JsonNode root = MAPPER.readTree(stripByteOrderMark(file.bytes()));
            if (root == null || root.isMissingNode()) {
                throw new ImportRefusedException(file.name() + ": the file is empty; expected a JSON object");
            }
            if (!root.isObject()) {
                throw new ImportRefusedException(file.name() + ": expected a JSON object");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new ImportRefusedException(file.name() + ": the file exceeds a limit ("
                    + firstLine(e.getOriginalMessage()) + ")");
        } catch (JacksonException e) {
            throw new ImportRefusedException(file.name() + ": malformed JSON" + where(e.getLocation()) + ": "
                    + firstLine(e.getOriginalMessage()));
        }
    }

    /** Exports saved by some editors start with a UTF-8 byte order mark, which JSON parsers refuse. */
    private static byte[] stripByteOrderMark(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String line = message.lines().findFirst().orElse("unreadable input");
        return line.replaceAll("\\s*\\(from `[^`]*`\\)", "");
    }
}
