package org.hybridplanner.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap per open editor session (docs/deployment.md#heap-per-editor-session): signs in N times over HTTP (N HTTP
 * sessions), opens the plan editor for each in its own Chromium browser context (its own cookies) of one headless
 * Chromium driven through the DevTools protocol, keeps every tab open, and compares the server's live heap after a
 * full GC (the total of {@code jcmd GC.class_histogram}) before and after. JDK only, run without a build:
 * {@code java EditorHeap.java BASE_URL ADMIN_PASSWORD PLAN_ID SESSIONS SERVER_PID}.
 */
public final class EditorHeap {
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

    private final WebSocket devTools;
    private final Map<Integer, CompletableFuture<String>> answers = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    private EditorHeap(String devToolsUrl) {
        this.devTools = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(devToolsUrl), new Listener()).join();
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        String plan = args[2];
        int sessions = Integer.parseInt(args[3]);
        long server = Long.parseLong(args[4]);
        Path profile = Files.createTempDirectory("editor-heap-chromium");
        Process chromium = new ProcessBuilder("/usr/bin/chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            EditorHeap harness = new EditorHeap(devToolsUrl(chromium));
            // Warm-up: the first editors load classes and fill caches that every later one shares.
            for (int i = 0; i < 3; i++) {
                harness.openEditor(base, password, plan);
            }
            long before = liveHeapKb(server, "before");
            long started = System.nanoTime();
            for (int i = 0; i < sessions; i++) {
                harness.openEditor(base, password, plan);
            }
            long after = liveHeapKb(server, "after");
            System.out.printf("editor sessions opened: %d in %.0f s (plus 3 for warm-up)%n", sessions,
                    (System.nanoTime() - started) / 1e9);
            System.out.printf("live heap (class histogram): %,d KB before, %,d KB after: %,d KB per editor session%n",
                    before, after, (after - before) / sessions);
        } finally {
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A new HTTP session signed in as admin, and the editor of the plan open in a browser context of its own. */
    private void openEditor(String base, String password, String plan) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        URI login = URI.create(base + "/login");
        Matcher csrf = CSRF.matcher(http.send(HttpRequest.newBuilder(login).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        int status = http.send(HttpRequest.newBuilder(login).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 302) {
            throw new IllegalStateException("sign-in answered " + status);
        }
        String context = field(call(null, "Target.createBrowserContext", "{}"), "browserContextId");
        StringBuilder list = new StringBuilder();
        for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
            list.append(list.isEmpty() ? "" : ",").append("{\"name\":\"").append(cookie.getName())
                    .append("\",\"value\":\"").append(cookie.getValue()).append("\",\"url\":\"").append(base)
                    .append("\"}");
        }
        call(null, "Storage.setCookies", "{\"cookies\":[" + list + "],\"browserContextId\":\"" + context + "\"}");
        String target = field(call(null, "Target.createTarget", "{\"url\":\"" + base + "/plans/" + plan
                + "\",\"browserContextId\":\"" + context + "\"}"), "targetId");
        String session = field(call(null, "Target.attachToTarget", "{\"targetId\":\"" + target
                + "\",\"flatten\":true}"), "sessionId");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (!call(session, "Runtime.evaluate", "{\"expression\":\"!!document.getElementById('recommendation')"
                + "\",\"returnByValue\":true}").contains("\"value\":true")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the editor did not open within 300 s");
            }
            Thread.sleep(200);
        }
        call(null, "Target.detachFromTarget", "{\"sessionId\":\"" + session + "\"}");
    }

    private String call(String session, String method, String params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<>();
        answers.put(id, answer);
        devTools.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params
                + (session == null ? "" : ",\"sessionId\":\"" + session + "\"") + "}", true).join();
        // Generous: with the load average at 40-60 (other builds on the machine) a DevTools answer took over a minute,
        // and a timeout lost the whole run; the figure is heap, not time, so waiting costs nothing.
        String text = answer.get(300, TimeUnit.SECONDS);
        if (text.contains("\"error\":")) {
            throw new IllegalStateException(method + ": " + text);
        }
        return text;
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return value.group(1);
    }

    private static String devToolsUrl(Process chromium) throws Exception {
        BufferedReader err = new BufferedReader(new InputStreamReader(chromium.getErrorStream(),
                StandardCharsets.UTF_8));
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            if (line.startsWith("DevTools listening on ")) {
                Thread drain = new Thread(() -> err.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return line.substring("DevTools listening on ".length()).strip();
            }
        }
        throw new IllegalStateException("Chromium did not start its DevTools endpoint");
    }

    /**
     * The bytes of the server's live objects, in KB: the total of {@code jcmd PID GC.class_histogram}, which collects
     * and counts at one safepoint. Not the "used" of {@code GC.heap_info} after {@code GC.run}: with 100 tabs open on
     * a loaded machine, what their requests allocated between the collection and the reading was up to 60 MB
     * (docs/deployment.md#heap-per-editor-session). With {@code EDITOR_HEAP_HISTOGRAMS=DIR} set, the histogram is also
     * written to {@code DIR/before.txt} or {@code DIR/after.txt}: what the editor sessions added, class by class.
     */
    private static long liveHeapKb(long pid, String name) throws Exception {
        Process histogram = new ProcessBuilder("jcmd", Long.toString(pid), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String text = new String(histogram.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        histogram.waitFor();
        String dir = System.getenv("EDITOR_HEAP_HISTOGRAMS");
        if (dir != null && !dir.isBlank()) {
            Files.writeString(Path.of(dir, name + ".txt"), text);
        }
        Matcher total = TOTAL.matcher(text);
        if (!total.find()) {
            throw new IllegalStateException("no total in the class histogram: " + text.lines().limit(5).toList());
        }
        return Long.parseLong(total.group(1)) / 1024;
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();
        private final Pattern id = Pattern.compile("^\\{\"id\":(\\d+)");

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                Matcher answer = id.matcher(message);
                if (answer.find()) {
                    CompletableFuture<String> waiting = answers.remove(Integer.parseInt(answer.group(1)));
                    if (waiting != null) {
                        waiting.complete(message.toString());
                    }
                }
                message.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }
}
