package org.councilworkspace.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Health and readiness answer without sign-in and say only UP or DOWN; nothing else of the actuator is open. */
class HealthIT extends BrowserTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_liveness_and_readiness_are_public_and_terse() throws Exception {
        for (String path : new String[] {"actuator/health", "actuator/health/liveness", "actuator/health/readiness"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components")
                    .doesNotContain("db");
        }
    }

    @Test
    void other_actuator_endpoints_are_not_reachable() throws Exception {
        for (String path : new String[] {"actuator/env", "actuator/beans", "actuator/heapdump", "actuator"}) {
            assertThat(get(path).statusCode()).as(path).isNotEqualTo(200);
        }
    }
}
