package org.hybridplanner.app.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The icon browsers ask every page of the planner for, to anyone, without a session. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FaviconIT {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) throws IOException {
        registry.add("planner.data-dir", Files.createTempDirectory("planner-favicon")::toString);
        registry.add("PLANNER_ADMIN_PASSWORD", () -> "favicon-admin-password");
    }

    @Test
    void servesTheFaviconToAnyoneWithoutStartingASession() throws Exception {
        HttpResponse<byte[]> icon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("image/"));
        assertThat(Arrays.copyOf(icon.body(), 4)).as("an ICO file").containsExactly(0, 0, 1, 0);
        assertThat(icon.headers().firstValue("Set-Cookie")).as("no session for an icon").isEmpty();
    }
}
