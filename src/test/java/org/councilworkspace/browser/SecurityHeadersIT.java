package org.councilworkspace.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/** The security headers on every kind of response, and a browser that finds nothing to complain about. */
class SecurityHeadersIT extends BrowserTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired @Qualifier("springSecurityFilterChain") Filter securityFilters;
    @Autowired WebApplicationContext web;

    @Test
    void the_login_page_static_files_public_pages_and_error_pages_carry_the_security_headers() throws Exception {
        String loginPage = get("login").body();
        Matcher script = Pattern.compile("src=\"([^\"]*VAADIN/[^\"]+\\.js)\"").matcher(loginPage);
        List<String> paths = new java.util.ArrayList<>(List.of("login", "favicon.ico", "consult", "no-such-page",
                "VAADIN/no-such-file.js"));
        if (script.find()) {
            paths.add(script.group(1).replaceFirst("^\\.?/", ""));
        }
        for (String path : paths) {
            HttpResponse<String> response = get(path);
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'")
                            .contains("frame-ancestors 'none'").contains("object-src 'none'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()").contains("geolocation=()"));
            assertThat(headers.firstValue("Strict-Transport-Security")).as(path + " over plain HTTP").isEmpty();
        }
        assertThat(paths).as("a script of the Vaadin bundle was among them").hasSizeGreaterThan(5);
    }

    @Test
    void hsts_is_sent_over_tls_only_for_a_year_including_subdomains() throws Exception {
        assertThat(throughSecurityFilters(true).getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
        MockHttpServletResponse plain = throughSecurityFilters(false);
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
        assertThat(plain.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    /** The app's own security filter chain, with a request as the servlet container would hand it over. */
    private MockHttpServletResponse throughSecurityFilters(boolean secure) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(web.getServletContext(), "GET", "/login");
        request.setSecure(secure);
        request.setScheme(secure ? "https" : "http");
        request.setServerPort(secure ? 443 : 80);
        MockHttpServletResponse response = new MockHttpServletResponse();
        securityFilters.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void the_favicon_is_served_without_sign_in() throws Exception {
        HttpResponse<String> ico = get("favicon.ico");
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
        assertThat(get("favicon.svg").statusCode()).isEqualTo(200);
    }

    @Test
    void the_main_pages_work_under_the_policy_without_a_single_violation() {
        List<String> complaints = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
                complaints.add(m.text());
            }
        });
        page.onPageError(error -> complaints.add("page error: " + error));
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                + "console.error('Refused to use ' + e.blockedURI + ' (Content Security Policy ' + e.violatedDirective + ')'))");

        loginPage(page).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
        page.navigate(url("councils/1"));
        page.waitForSelector("#council-tabs a");
        page.locator("#council-tabs a").nth(1).click();
        page.waitForLoadState();
        page.navigate(url("consult"));
        page.waitForSelector("#public-open-rounds");
        page.navigate(url("account/password"));
        page.waitForSelector("#current-password");

        assertThat(complaints).isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
