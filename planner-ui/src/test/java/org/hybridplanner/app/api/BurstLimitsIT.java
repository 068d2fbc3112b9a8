package org.hybridplanner.app.api;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.hybridplanner.app.Bursts;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.SignInForm;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.engine.ExamplePlans;
import org.hybridplanner.model.PlanLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits that must hold when requests arrive all at once, through real HTTP on a random port with the default
 * settings: the sign-in and share-link guess limits under simultaneous bursts (each test sends from its own
 * loopback address, so that one test's block does not touch another), request bodies over the size limit refused
 * before they are read, capped problem lists, and the longest share-link expiry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BurstLimitsIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_PASSWORD = "burst-test-admin-password";
    private static final String DEMO = ExamplePlans.demo().json();
    private static final int LIMIT = PlanLimits.MAX_DOCUMENT_BYTES;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiTokenService tokens;

    private final ExecutorService pool = Executors.newFixedThreadPool(201);
    private String token;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("planner-burst");
        registry.add("planner.data-dir", dataDir::toString);
        registry.add("PLANNER_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
    }

    @BeforeEach
    void accountWithToken() {
        AccountFixtures.account(context, "dora", Role.USER);
        token = tokens.issueFor("dora", "tests").orElseThrow().token();
    }

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void aBurstOfWrongPasswordsChecksAtMostTheLimitAndTheRightPasswordAmongThemDoesNotSignIn() throws Exception {
        // Every attempt is a browser of its own: its own session and the CSRF token of its sign-in page.
        List<SignInForm> forms = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            forms.add(openSignInPage("127.0.0.2"));
        }
        SignInForm rightForm = openSignInPage("127.0.0.2");
        List<Future<String>> wrong = burst(60, i -> forms.get(i).post("wrong-password-" + i));
        // The right password arrives while the burst is being checked: once the first answer is back.
        while (wrong.stream().noneMatch(Future::isDone)) {
            Thread.sleep(1);
        }
        String right = rightForm.post(ADMIN_PASSWORD);
        List<String> answers = results(wrong);

        long checked = answers.stream().filter(where -> where.endsWith("/login?error")).count();
        long blocked = answers.stream().filter(where -> where.endsWith("/login?blocked")).count();
        System.out.println("hardening figure: wrong passwords checked in a burst of 60: " + checked);
        assertThat(checked).as("wrong passwords checked").isLessThanOrEqualTo(10);
        assertThat(checked + blocked).isEqualTo(60);
        // The right password may take a place before the last wrong ones do: then it is one of the 10 checked.
        // Whatever the order, at most 10 passwords are checked, and once 10 wrong ones were, it is turned away.
        long rightChecked = right.endsWith("/login?blocked") ? 0 : 1;
        assertThat(checked + rightChecked).as("passwords checked, the right one included").isLessThanOrEqualTo(10);
        if (checked == 10) {
            assertThat(right).as("the right password after the limit").endsWith("/login?blocked");
        }
    }

    @Test
    void aBurstOfShareLinkGuessesChecksAtMostTheLimit() throws Exception {
        HttpClient client = clientFrom("127.0.0.3");
        awaitFreshGuessWindow();
        List<Future<Integer>> guesses = burst(200, i -> client.send(HttpRequest.newBuilder(uri("/api/shared/"
                + String.format("%043d", i))).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        List<Integer> statuses = results(guesses);

        long checked = statuses.stream().filter(status -> status == 404).count();
        System.out.println("hardening figure: share-link guesses checked in a burst of 200: " + checked);
        assertThat(checked).as("guesses checked").isLessThanOrEqualTo(20);
        assertThat(statuses).containsOnly(404, 429);
    }

    @Test
    void lookupsOfAValidLinkNeverCountAsGuesses() throws Exception {
        HttpClient client = clientFrom("127.0.0.4");
        String link = newLink();
        // A valid lookup gives its place back (or, once this instance has seen the link valid, takes none), so
        // burst after burst never adds up to a block.
        for (int round = 0; round < 3; round++) {
            assertThat(results(burst(40, i -> lookUp(client, link)))).containsOnly(200);
        }
    }

    @Test
    void twoHundredSimultaneousLookupsOfAValidLinkFromOneAddressAllAnswer200() throws Exception {
        // Many viewers behind one office's NAT or proxy: one address, all at once, a link this instance has not
        // seen yet (so the first lookups take places in the guess limit and the rest wait for them).
        HttpClient client = clientFrom("127.0.0.5");
        String link = newLink();
        List<Integer> statuses = results(burst(200, i -> lookUp(client, link)));
        System.out.println("hardening figure: answers to 200 simultaneous lookups of a valid link from one address: "
                + statuses.stream().collect(groupingBy(status -> status, TreeMap::new, counting())));
        assertThat(statuses).hasSize(200).containsOnly(200);
    }

    @Test
    void anAddressBlockedByGuessesIsRefusedEvenWithAValidLinkUntilTheWindowEnds() throws Exception {
        HttpClient client = clientFrom("127.0.0.6");
        String link = newLink();
        awaitFreshGuessWindow();
        assertThat(lookUp(client, link)).as("seen valid before the guessing").isEqualTo(200);
        List<Integer> statuses = results(burst(200, i -> lookUp(client, String.format("%043d", i))));

        assertThat(statuses.stream().filter(status -> status == 404).count()).as("guesses answered as wrong")
                .isEqualTo(20);
        assertThat(lookUp(client, link)).as("the valid link from the blocked address").isEqualTo(429);
        assertThat(lookUp(client, newLink())).as("a valid link not seen before").isEqualTo(429);
        assertThat(lookUp(clientFrom("127.0.0.7"), link)).as("from another address").isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({"POST, /api/recommendations", "POST, /api/plans",
            "PUT, /api/plans/00000000-0000-0000-0000-000000000000", "POST, /api/plans/00000000-0000-0000-0000-000000000000/share-links"})
    void refusesADeclaredLengthOverTheLimitWithoutWaitingForTheBody(String method, String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(headers(method, path, "Content-Length: " + (1L << 30) + "\r\nIf-Match: \"0\"\r\n"));
            out.flush();
            List<String> response = response(socket);
            assertThat(response.getFirst()).startsWith("HTTP/1.1 413");
            assertThat(response).anySatisfy(line -> assertThat(line).startsWithIgnoringCase(
                    "Content-Type: application/problem+json"));
            assertThat(response.getLast()).contains("\"status\":413").contains("16 MiB");
        }
    }

    @Test
    void refusesAStreamedBodyOverTheLimitHavingReadLittleMoreThanTheLimit() throws Exception {
        long body = 128L << 20;
        AtomicLong written = new AtomicLong();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(headers("POST", "/api/recommendations", "Transfer-Encoding: chunked\r\n"));
            Future<?> writer = pool.submit(() -> {
                byte[] spaces = new byte[64 * 1024];
                Arrays.fill(spaces, (byte) ' ');
                byte[] size = (Integer.toHexString(spaces.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                while (written.get() < body) {
                    out.write(size);
                    out.write(spaces);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    written.addAndGet(spaces.length);
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                return null;
            });
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            String status = in.readLine();
            long writtenWhenAnswered = written.get();
            System.out.println("hardening figure: body bytes sent when the refusal arrived: " + writtenWhenAnswered);
            assertThat(status).startsWith("HTTP/1.1 413");
            // What the client had sent bounds what the server read: the limit, one read buffer and what the
            // socket buffers in between hold.
            assertThat(writtenWhenAnswered).isLessThan(LIMIT + (16L << 20));
            writer.cancel(true);
        }
    }

    @Test
    void acceptsABodyOfExactlyTheLimit() throws Exception {
        String padded = DEMO + " ".repeat(LIMIT - DEMO.getBytes(StandardCharsets.UTF_8).length);
        assertThat(padded.getBytes(StandardCharsets.UTF_8)).hasSize(LIMIT);
        HttpResponse<String> response = send("POST", "/api/recommendations", padded);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("firewallRules").size()).isPositive();
    }

    @Test
    void aBodyOfUnknownKeysAnswersTheFirstHundredProblemsAndCountsTheRest() throws Exception {
        StringBuilder body = new StringBuilder("{\"schemaVersion\":1");
        int keys = 0;
        while (body.length() < LIMIT - 32) {
            body.append(",\"k").append(keys++).append("\":0");
        }
        HttpResponse<String> response = send("POST", "/api/recommendations", body.append('}').toString());

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = json(response);
        System.out.println("hardening figure: problems reported for a 16 MiB body of unknown keys: "
                + problem.path("problems").size() + " of " + problem.path("problemCount").asInt());
        assertThat(problem.path("problems").size()).isEqualTo(100);
        assertThat(problem.path("problemCount").asInt()).isEqualTo(keys + 5);
        assertThat(problem.path("moreProblems").get(0).path("count").asInt()).isEqualTo(keys - 100);
        assertThat(problem.path("moreProblems").get(0).path("message").asString()).startsWith("unknown property");
        assertThat(problem.path("detail").asString()).isEqualTo((keys + 5)
                + " problems in the plan; the first 100 are listed");
    }

    @Test
    void storesOverTheLimitAnswerOneProblem() throws Exception {
        StringBuilder plan = new StringBuilder("{\"schemaVersion\": 1, \"name\": \"Big\", \"dataFactory\": "
                + "{\"name\": \"adf-1\", \"region\": \"westeurope\"}, \"locations\": [{\"id\": \"dc\", \"kind\": "
                + "\"ON_PREMISES\"}], \"dataStores\": [");
        int stores = PlanLimits.MAX_DATA_STORES + 6;
        for (int i = 0; i < stores; i++) {
            plan.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i)
                    .append("\",\"type\":\"SQL_SERVER\",\"location\":\"dc\"}");
        }
        plan.append("], \"flows\": [");
        for (int i = 0; i < stores - 1; i++) {
            plan.append(i == 0 ? "" : ",").append("{\"id\":\"f").append(i).append("\",\"source\":\"s").append(i)
                    .append("\",\"sink\":\"s").append(i + 1).append("\"}");
        }
        HttpResponse<String> response = send("POST", "/api/plans", plan.append("]}").toString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).path("problemCount").asInt()).isEqualTo(1);
        assertThat(json(response).path("problems").get(0).path("path").asString()).isEqualTo("$.dataStores");
    }

    @Test
    void refusesShareLinkExpiriesBeyondTheMaximumNamingTheField() throws Exception {
        String plan = json(send("POST", "/api/plans", DEMO)).path("id").asString();
        for (long days : List.of(2147483647L, 366L)) {
            HttpResponse<String> refused = send("POST", "/api/plans/" + plan + "/share-links",
                    "{\"expiresInDays\": " + days + "}");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(json(refused).path("detail").asString()).contains("expiresInDays").contains("365");
        }
        HttpResponse<String> longest = send("POST", "/api/plans/" + plan + "/share-links", "{\"expiresInDays\": 365}");
        assertThat(longest.statusCode()).isEqualTo(201);
    }

    /**
     * Waits for the next window of the guess limit (a minute from the epoch, the default) when less than 30 s of this
     * one are left: a burst that straddled two windows would rightly get the limit in each.
     */
    private static void awaitFreshGuessWindow() throws InterruptedException {
        long left = 60_000 - System.currentTimeMillis() % 60_000;
        if (left < 30_000) {
            Thread.sleep(left + 100);
        }
    }

    private String newLink() throws Exception {
        String plan = json(send("POST", "/api/plans", DEMO)).path("id").asString();
        return json(send("POST", "/api/plans/" + plan + "/share-links", "{}")).path("token").asString();
    }

    private int lookUp(HttpClient client, String link) throws Exception {
        return client.send(HttpRequest.newBuilder(uri("/api/shared/" + link)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private <T> List<Future<T>> burst(int count, Bursts.Call<T> call) throws InterruptedException {
        return Bursts.start(pool, count, call);
    }

    private static <T> List<T> results(List<Future<T>> futures) throws Exception {
        return Bursts.results(futures);
    }

    private SignInForm openSignInPage(String address) throws Exception {
        return SignInForm.open("http://127.0.0.1:" + port, address);
    }

    private HttpClient clientFrom(String address) throws IOException {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .localAddress(InetAddress.getByName(address)).build();
    }

    private byte[] headers(String method, String path, String more) {
        return (method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\n" + more + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The status line, the headers and (by its Content-Length) the body of a response. */
    private static List<String> response(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        List<String> lines = new ArrayList<>();
        int length = 0;
        for (String line = headerLine(in); !line.isEmpty(); line = headerLine(in)) {
            lines.add(line);
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        lines.add(new String(in.readNBytes(length), StandardCharsets.UTF_8));
        return lines;
    }

    private static String headerLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n' && c >= 0; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

}
