package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.EndpointStyle;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.NameRule;
import org.hybridplanner.model.PlanLimits;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped JSON Schema says what the reader enforces: same vocabularies, same limits, same properties. */
class PlanSchemaContractTest {
    private static final JsonNode SCHEMA = load();

    private static JsonNode load() {
        try (InputStream in = PlanSchemaContractTest.class.getResourceAsStream(RuleBook.SEED_ROOT + "plan.schema.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.List<String> values(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::stringValue).toList();
    }

    private static java.util.List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static JsonNode item(String array) {
        return SCHEMA.get("properties").get(array).get("items").get("properties");
    }

    @Test
    void vocabulariesMatchTheModelAndTheCatalog() {
        assertThat(values(item("locations").get("kind").get("enum"))).containsExactlyElementsOf(names(LocationKind.class));
        assertThat(values(item("links").get("type").get("enum"))).containsExactlyElementsOf(names(LinkType.class));
        assertThat(values(SCHEMA.get("properties").get("dataFactory").get("properties").get("endpointStyle").get("enum")))
                .containsExactlyElementsOf(names(EndpointStyle.class));
        assertThat(values(SCHEMA.get("properties").get("credentials").get("properties").get("store").get("enum")))
                .containsExactlyElementsOf(names(CredentialStore.class));
        assertThat(values(item("dataStores").get("type").get("enum")))
                .containsExactlyElementsOf(RuleBook.load().catalog().storeTypes().stream().map(s -> s.type()).toList());
    }

    @Test
    void limitsMatchTheReader() {
        assertThat(SCHEMA.get("properties").get("locations").get("maxItems").intValue())
                .isEqualTo(PlanLimits.MAX_LOCATIONS);
        assertThat(SCHEMA.get("properties").get("links").get("maxItems").intValue()).isEqualTo(PlanLimits.MAX_LINKS);
        assertThat(SCHEMA.get("properties").get("dataStores").get("maxItems").intValue())
                .isEqualTo(PlanLimits.MAX_DATA_STORES);
        assertThat(SCHEMA.get("properties").get("flows").get("maxItems").intValue()).isEqualTo(PlanLimits.MAX_FLOWS);
        assertThat(item("locations").get("name").get("maxLength").intValue()).isEqualTo(PlanLimits.MAX_NAME_LENGTH);
        assertThat(item("flows").get("id").get("maxLength").intValue()).isEqualTo(PlanLimits.MAX_ID_LENGTH);
    }

    @Test
    void namesFollowTheNameRule() {
        JsonNode schemaPattern = item("locations").get("name").get("pattern");
        Pattern pattern = Pattern.compile(schemaPattern.asString());
        assertThat(SCHEMA.get("properties").get("name").get("pattern")).isEqualTo(schemaPattern);
        assertThat(item("dataStores").get("name").get("pattern")).isEqualTo(schemaPattern);
        for (String name : new String[] {"Amsterdam DC", "مستودع البيانات", "a <b", "a > b", "invoice\u202Egpj.exe",
                "x\u2068y\u2069", "x\u061Cy", "tab\there", "bell\u0007"}) {
            boolean valid = NameRule.problem(name) == null && name.chars().noneMatch(Character::isISOControl);
            assertThat(pattern.matcher(name).matches()).as(name).isEqualTo(valid);
        }
    }

    @Test
    void propertiesMatchThePlanRecord() {
        assertThat(SCHEMA.get("properties").propertyNames()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(org.hybridplanner.model.Plan.class.getRecordComponents()).map(c -> c.getName()).toList());
        assertThat(item("dataStores").propertyNames()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(org.hybridplanner.model.DataStore.class.getRecordComponents()).map(c -> c.getName())
                        .toList());
        assertThat(item("locations").propertyNames()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(org.hybridplanner.model.Location.class.getRecordComponents()).map(c -> c.getName())
                        .toList());
        assertThat(SCHEMA.get("properties").get("dataFactory").get("properties").propertyNames())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(org.hybridplanner.model.DataFactory.class
                        .getRecordComponents()).map(c -> c.getName()).toList());
        assertThat(item("locations").get("runtimeNodes").get("properties").get("count").get("maximum").intValue())
                .isEqualTo(org.hybridplanner.model.RuntimeNodes.MAX_NODES);
        assertThat(SCHEMA.get("properties").get("schemaVersion").get("enum").get(1).intValue())
                .isEqualTo(org.hybridplanner.model.Plan.SCHEMA_VERSION);
        assertThat(item("flows").propertyNames()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(org.hybridplanner.model.Flow.class.getRecordComponents()).map(c -> c.getName()).toList());
    }
}
