package org.hybridplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/compose.yaml cannot be run here (no Docker), so it is held to what the build and the application define:
 * the image the build tags, the port the image exposes, and settings the planner actually reads.
 */
class ComposeFileTest {
    private static final Path PROJECT = Path.of("..");

    @Test
    void startsTheImageTheBuildTagsWithSettingsThePlannerReads() throws IOException {
        Map<String, Object> planner = service("planner");
        Matcher version = Pattern.compile("<artifactId>hybrid-topology-planner</artifactId>\\s*<version>([^<]+)<")
                .matcher(Files.readString(PROJECT.resolve("pom.xml")));
        assertThat(version.find()).isTrue();
        assertThat(Files.readString(PROJECT.resolve("planner-ui/pom.xml")))
                .contains("<image>hybrid-topology-planner:${project.version}</image>", "<port>8080</port>");
        assertThat(planner.get("image")).isEqualTo("hybrid-topology-planner:" + version.group(1));
        assertThat(planner.get("ports")).isEqualTo(List.of("8080:8080"));

        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) planner.get("environment");
        String sources = mainSources();
        for (String name : environment.keySet()) {
            if (name.startsWith("PLANNER_")) {
                assertThat(sources).as(name + " is read by the planner").contains("${" + name);
            }
        }
        assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "postgres");
        assertThat(PROJECT.resolve("planner-ui/src/main/resources/application-postgres.properties")).exists();
        assertThat((String) environment.get("PLANNER_DB_URL")).startsWith("jdbc:postgresql://database:5432/");
        assertThat(service("database")).containsKey("healthcheck");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(PROJECT.resolve("deploy/compose.yaml")));
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    private static String mainSources() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(PROJECT.resolve("planner-ui/src/main"))) {
            for (Path file : files.filter(file -> file.toString().endsWith(".java")
                    || file.toString().endsWith(".properties")).toList()) {
                text.append(Files.readString(file));
            }
        }
        return text.toString();
    }
}
