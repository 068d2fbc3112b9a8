package org.hybridplanner.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in, the planner's pages and its sessions through real HTTP against the planner on a random port, as a
 * browser and as another site would send them: the sign-in form's CSRF token, the pages' security headers, the
 * session cookie, short anonymous sessions, and password changes ending other sessions. The planner trusts
 * forwarded headers from the loopback proxy here, as it would behind a TLS-terminating proxy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "planner.sign-in.failures-per-window=1000"})
class SignInAndPagesIT {
    private static final String ADMIN_PASSWORD = "pages-test-admin-password";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    LiveSessions liveSessions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("planner-pages");
        registry.add("planner.data-dir", dataDir::toString);
        registry.add("PLANNER_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
    }

    /** Every HTTP session the server holds, as the container reports them. */
    static final class LiveSessions implements HttpSessionListener {
        final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            sessions.add(event.getSession());
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            sessions.remove(event.getSession());
        }

        /** The sessions that would outlive this many idle seconds. */
        long longerThan(int seconds) {
            return sessions.stream().filter(session -> {
                try {
                    return session.getMaxInactiveInterval() > seconds;
                } catch (IllegalStateException ended) {
                    return false;
                }
            }).count();
        }
    }

    @TestConfiguration
    static class SessionCounting {
        @Bean
        LiveSessions liveSessions() {
            return new LiveSessions();
        }
    }

    @Test
    void signInFromAnotherSiteWithoutTheFormsTokenSignsNobodyIn() throws Exception {
        HttpClient attacker = browser();
        HttpResponse<String> forged = attacker.send(HttpRequest.newBuilder(uri("/login"))
                .header("Origin", "https://attacker.example").header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(form("username", "admin", "password", ADMIN_PASSWORD)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location").orElseThrow()).as("back to the sign-in page")
                .endsWith("/login");
        assertThat(get(attacker, "/").statusCode()).as("not signed in").isEqualTo(302);

        HttpClient user = browser();
        assertThat(signIn(user, "admin", ADMIN_PASSWORD)).as("the form's own token signs in")
                .endsWith(":" + port + "/");
        assertThat(get(user, "/").statusCode()).isEqualTo(200);
    }

    @Test
    void signedInPagesSendTheSecurityHeadersAndAreNotStored() throws Exception {
        HttpClient user = browser();
        signIn(user, "admin", ADMIN_PASSWORD);
        for (String path : List.of("/", "/account", "/edit-link/" + "A".repeat(43))) {
            HttpResponse<String> page = get(user, path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<html");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(page.headers().firstValue("Cache-Control").orElse("")).as(path).contains("no-store");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).as(path)
                    .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
                            "form-action 'self'");
            assertThat(page.headers().firstValue("Strict-Transport-Security")).as(path + " over plain HTTP")
                    .isEmpty();
        }
    }

    @Test
    void behindATrustedTlsProxyPagesSendHstsAndTheCookieIsSecure() throws Exception {
        HttpClient noCookies = HttpClient.newHttpClient();
        HttpResponse<String> page = noCookies.send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security").orElse(""))
                .startsWith("max-age=31536000");
        assertThat(page.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("Secure", "HttpOnly", "SameSite=Lax");

        HttpResponse<String> plain = noCookies.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly", "SameSite=Lax")
                .doesNotContain("Secure");
    }

    @Test
    void anonymousVisitsToTheSignInPageKeepNoLongLivedSession() throws Exception {
        int visits = 200;
        long before = liveSessions.longerThan(600);
        HttpClient noCookies = HttpClient.newHttpClient();
        for (int i = 0; i < visits; i++) {
            HttpResponse<String> page = noCookies.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Location")).isEmpty();
        }
        assertThat(liveSessions.sessions.size()).as("Vaadin's sign-in page needs a session")
                .isGreaterThanOrEqualTo(visits);
        assertThat(liveSessions.longerThan(600) - before).as("sessions that outlive 10 idle minutes").isZero();

        HttpClient user = browser();
        signIn(user, "admin", ADMIN_PASSWORD);
        assertThat(liveSessions.longerThan(600) - before).as("signing in makes the session last 8 hours")
                .isEqualTo(1);
        assertThat(liveSessions.longerThan(8 * 3600)).isZero();

        HttpResponse<String> redirect = get(browser(), "/account");
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).as("no session id in addresses")
                .doesNotContain("jsessionid");
    }

    @Test
    void anAdminsPasswordResetEndsEverySessionOfThatAccount() throws Exception {
        AccountFixtures.signIn(AccountFixtures.account(context, "admin", Role.ADMIN), "admin", Role.ADMIN);
        long frank;
        try {
            frank = accounts.create("frank", "franks-first-password", Role.USER).id();
        } finally {
            AccountFixtures.signOut();
        }
        HttpClient laptop = browser();
        HttpClient phone = browser();
        HttpClient admin = browser();
        signIn(laptop, "frank", "franks-first-password");
        signIn(phone, "frank", "franks-first-password");
        signIn(admin, "admin", ADMIN_PASSWORD);
        assertThat(get(laptop, "/").statusCode()).isEqualTo(200);
        assertThat(get(phone, "/").statusCode()).isEqualTo(200);

        AccountFixtures.signIn(AccountFixtures.account(context, "admin", Role.ADMIN), "admin", Role.ADMIN);
        try {
            accounts.setPassword(frank, "franks-second-password");
        } finally {
            AccountFixtures.signOut();
        }
        assertThat(get(laptop, "/").statusCode()).as("signed out").isEqualTo(302);
        assertThat(get(phone, "/").statusCode()).as("signed out").isEqualTo(302);
        assertThat(get(admin, "/").statusCode()).as("the admin's own session stays").isEqualTo(200);
        HttpClient again = browser();
        assertThat(signIn(again, "frank", "franks-second-password")).endsWith(":" + port + "/");
    }

    @Test
    void aPasswordChangeStoredByAnotherInstanceEndsThisInstancesSessionsAtTheirNextRequest() throws Exception {
        AccountFixtures.signIn(AccountFixtures.account(context, "admin", Role.ADMIN), "admin", Role.ADMIN);
        try {
            accounts.create("heidi", "heidis-first-password", Role.USER);
        } finally {
            AccountFixtures.signOut();
        }
        HttpClient laptop = browser();
        signIn(laptop, "heidi", "heidis-first-password");
        assertThat(get(laptop, "/").statusCode()).isEqualTo(200);

        // What another instance of the planner on the same database leaves behind when heidi changes her password
        // there: the new hash and a new generation of sessions, and no event on this instance.
        jdbc.update("update account set password_hash = ?, session_generation = session_generation + 1"
                + " where username = 'heidi'", passwordEncoder.encode("heidis-second-password"));

        assertThat(get(laptop, "/").statusCode()).as("signed out").isEqualTo(302);
        HttpClient again = browser();
        assertThat(signIn(again, "heidi", "heidis-second-password")).endsWith(":" + port + "/");
        assertThat(get(again, "/").statusCode()).as("a session of the new generation stays").isEqualTo(200);
        assertThat(get(again, "/account").statusCode()).isEqualTo(200);
    }

    private static final String FORM = "application/x-www-form-urlencoded";

    /** A client that keeps its cookies, as one browser does. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** Opens the sign-in page and posts its form with the page's CSRF token; answers where the planner redirects. */
    private String signIn(HttpClient client, String username, String password) throws Exception {
        HttpResponse<String> page = get(client, "/login");
        Matcher token = CSRF_META.matcher(page.body());
        assertThat(token.find()).as("the sign-in page carries the CSRF token").isTrue();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(form("username", username, "password", password, "_csrf",
                        token.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }
}
