package org.hybridplanner.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sign-in page opened in a browser of its own (its own session, from one client address), with that page's CSRF
 * token, ready to post the form as admin: what the burst tests fire many of at once.
 */
public record SignInForm(HttpClient browser, URI signInPage, String csrfToken) {
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** Opens {@code baseUrl}/login from {@code fromAddress} (a loopback address). */
    public static SignInForm open(String baseUrl, String fromAddress) throws Exception {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .localAddress(InetAddress.getByName(fromAddress)).cookieHandler(new CookieManager()).build();
        URI signInPage = URI.create(baseUrl + "/login");
        String page = browser.send(HttpRequest.newBuilder(signInPage).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = CSRF_META.matcher(page);
        assertThat(csrf.find()).as("the sign-in page's CSRF token").isTrue();
        return new SignInForm(browser, signInPage, csrf.group(1));
    }

    /** Posts the form as admin and answers where the planner redirects. */
    public String post(String password) throws Exception {
        HttpResponse<Void> response = browser.send(HttpRequest.newBuilder(signInPage)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrfToken)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
