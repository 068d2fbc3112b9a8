package org.hybridplanner.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a plan in the plan format (version 1): pretty-printed, absent optional values left out. */
public final class PlanWriter {
    private final JsonMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    public String write(Plan plan) {
        return mapper.writeValueAsString(plan) + "\n";
    }

    public byte[] writeBytes(Plan plan) {
        return write(plan).getBytes(StandardCharsets.UTF_8);
    }
}
