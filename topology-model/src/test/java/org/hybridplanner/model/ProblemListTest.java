package org.hybridplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Problem lists stay small whatever the document: the first 100 problems in full, the rest counted by kind, and one
 * root cause gives one problem.
 */
class ProblemListTest {
    private final PlanReader reader = new PlanReader(CatalogFixtures.small());

    @Test
    void storesOverTheLimitGiveOneProblemNotOnePerFlowEnd() {
        int stores = PlanLimits.MAX_DATA_STORES + 6;
        StringBuilder json = new StringBuilder("""
                {"schemaVersion": 1, "name": "Big", "dataFactory": {"name": "adf-1", "region": "westeurope"},
                 "locations": [{"id": "dc", "kind": "ON_PREMISES"}], "dataStores": [""");
        for (int i = 0; i < stores; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i)
                    .append("\",\"type\":\"SQL_SERVER\",\"location\":\"dc\"}");
        }
        json.append("], \"flows\": [");
        for (int i = 0; i < stores - 1; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"f").append(i).append("\",\"source\":\"s").append(i)
                    .append("\",\"sink\":\"s").append(i + 1).append("\"}");
        }
        json.append("]}");

        PlanReadResult result = reader.read(json.toString());

        assertThat(result.problemCount()).isEqualTo(1);
        assertThat(result.problems()).singleElement().hasToString(
                "$.dataStores: has 20006 elements; the limit is 20000");
    }

    @Test
    void locationsOverTheLimitGiveOneProblemNotOnePerReference() {
        StringBuilder json = new StringBuilder("""
                {"schemaVersion": 1, "name": "Big", "dataFactory": {"name": "adf-1", "region": "westeurope"},
                 "locations": [""");
        for (int i = 0; i <= PlanLimits.MAX_LOCATIONS; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"l").append(i).append("\",\"kind\":\"ON_PREMISES\"}");
        }
        json.append("], \"links\": [{\"between\": [\"l1\", \"l2\"], \"type\": \"SITE_TO_SITE_VPN\"}],"
                + " \"dataStores\": [{\"id\": \"s\", \"type\": \"SQL_SERVER\", \"location\": \"l1\"}], \"flows\": []}");

        PlanReadResult result = reader.read(json.toString());

        assertThat(result.problems()).extracting(Problem::path).containsExactly("$.locations");
        assertThat(result.problemCount()).isEqualTo(1);
    }

    @Test
    void aDocumentOfUnknownKeysReportsTheFirstHundredAndCountsTheRest() {
        StringBuilder json = new StringBuilder("{\"schemaVersion\":1");
        int keys = 0;
        while (json.length() < PlanLimits.MAX_DOCUMENT_BYTES - 32) {
            json.append(",\"k").append(keys++).append("\":0");
        }
        json.append('}');
        byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);

        PlanReadResult result = reader.read(body);

        assertThat(result.problems()).hasSize(PlanLimits.MAX_REPORTED_PROBLEMS);
        assertThat(result.problems().getFirst().path()).isEqualTo("$.k0");
        // Every unknown key and the missing name, data factory, locations, data stores and flows.
        assertThat(result.problemCount()).isEqualTo(keys + 5);
        assertThat(result.more()).extracting(MoreProblems::message).hasSize(3)
                .contains("is required", "is required (an array, possibly empty)");
        assertThat(result.more().getFirst()).hasToString(String.format(java.util.Locale.ROOT,
                "… and %,d more of the same kind: unknown property; expected one of [credentials, dataFactory, "
                        + "dataStores, flows, layout, links, locations, name, runtime, schemaVersion]", keys - 100));
    }

    @Test
    void countsKindsBeyondTheLimitAsOtherProblems() {
        ProblemList list = new ProblemList(1);
        for (int i = 0; i <= ProblemList.MAX_KINDS + 2; i++) {
            list.add(new Problem("$.x" + i, null, "kind " + i));
        }
        assertThat(list.reported()).hasSize(1);
        assertThat(list.count()).isEqualTo(ProblemList.MAX_KINDS + 3);
        assertThat(list.more()).hasSize(ProblemList.MAX_KINDS + 1);
        assertThat(list.more().getLast()).isEqualTo(new MoreProblems("other problems", 2));
        ProblemList merged = new ProblemList(1);
        merged.addAll(list);
        assertThat(merged.count()).isEqualTo(list.count());
        assertThat(merged.more()).isEqualTo(list.more());
    }
}
