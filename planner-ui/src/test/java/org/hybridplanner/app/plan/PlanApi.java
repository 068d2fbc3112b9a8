package org.hybridplanner.app.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan routes of the REST API as a client sees them, over loopback: entity tags are opaque strings sent back in
 * {@code If-Match} exactly as received. Only the JDK, like {@link PackagedPlanner}.
 */
final class PlanApi {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"[^\"]*\"");
    private static final Pattern HISTORY_ENTRY = Pattern.compile("\"number\"\\s*:");
    private static final String EXAMPLE = "org/hybridplanner/seed/examples/01-single-datacenter.json";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    PlanApi(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** What the server acknowledged: the plan, its version number and the entity tag for the next change. */
    record Acknowledged(String planId, long version, String etag) {
    }

    /** The single-datacenter example plan under another name (the plan's own name is its first "name"). */
    static String examplePlanNamed(String name) {
        try (InputStream in = PlanApi.class.getClassLoader().getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(EXAMPLE + " is not on the class path");
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return NAME.matcher(json).replaceFirst(Matcher.quoteReplacement("\"name\": \"" + name + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Acknowledged create(String planJson) throws IOException, InterruptedException {
        HttpResponse<String> created = send(request("/api/plans").POST(body(planJson)));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("POST /api/plans answered " + created.statusCode() + ": " + created.body());
        }
        return acknowledged(created);
    }

    HttpResponse<String> put(String planId, String ifMatch, String planJson) throws IOException, InterruptedException {
        return send(request("/api/plans/" + planId).header("If-Match", ifMatch).PUT(body(planJson)));
    }

    HttpResponse<String> get(String planId) throws IOException, InterruptedException {
        return send(request("/api/plans/" + planId).GET());
    }

    /** How many entries the plan's version history has (every API save is its own entry). */
    int historySize(String planId) throws IOException, InterruptedException {
        HttpResponse<String> history = send(request("/api/plans/" + planId + "/versions").GET());
        if (history.statusCode() != 200) {
            throw new IllegalStateException("the history answered " + history.statusCode() + ": " + history.body());
        }
        return (int) HISTORY_ENTRY.matcher(history.body()).results().count();
    }

    /** The plan id, version and ETag of a 200/201 answer that carries a stored plan reference. */
    static Acknowledged acknowledged(HttpResponse<String> response) {
        return new Acknowledged(group(ID, response.body()), Long.parseLong(group(VERSION, response.body())),
                response.headers().firstValue("ETag").orElseThrow());
    }

    /** The plan's name in a plan-format document. */
    static String nameOf(String planJson) {
        Matcher matcher = NAME.matcher(planJson);
        if (!matcher.find()) {
            throw new IllegalStateException("no name in " + planJson);
        }
        String field = matcher.group();
        return field.substring(field.indexOf('"', field.indexOf(':')) + 1, field.length() - 1);
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in " + text);
        }
        return matcher.group(1);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
