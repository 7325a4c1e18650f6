package org.councilworkspace.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Requests to an OpenSearch cluster over its REST API, with the JDK's HTTP client: JSON bodies, or NDJSON for bulk
 * writes. Every refusal becomes an {@link OpenSearchException} that names the request, the status and the cluster's
 * own error type and reason, and so does a bulk request that the cluster took but partly failed.
 */
final class OpenSearchClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;
    private final ObjectMapper json;

    OpenSearchClient(String url, String username, String password, ObjectMapper json) {
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.authorization = username == null || username.isBlank() ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
        this.json = json;
    }

    ObjectMapper json() {
        return json;
    }

    String base() {
        return base;
    }

    JsonNode send(String method, String path, JsonNode body) {
        return answer(method, path, body == null ? null : write(body), "application/json", false).orElseThrow();
    }

    /** As {@link #send}, but "not there" (404) is an empty answer instead of a refusal. */
    Optional<JsonNode> sendIfThere(String method, String path, JsonNode body) {
        return answer(method, path, body == null ? null : write(body), "application/json", true);
    }

    /** One bulk request: an action line and, for writes, a document line each; fails if any item failed. */
    JsonNode bulk(String path, List<JsonNode> lines) {
        StringBuilder ndjson = new StringBuilder();
        lines.forEach(line -> ndjson.append(write(line)).append('\n'));
        JsonNode answer = answer("POST", path, ndjson.toString(), "application/x-ndjson", false).orElseThrow();
        if (answer.path("errors").asBoolean(false)) {
            for (JsonNode item : answer.path("items")) {
                JsonNode result = item.elements().hasNext() ? item.elements().next() : item;
                if (result.has("error")) {
                    throw new OpenSearchException("OpenSearch refused a document of POST " + path + " (id "
                            + result.path("_id").asText() + "): " + result.path("status").asInt() + " "
                            + reason(result.path("error")));
                }
            }
            throw new OpenSearchException("OpenSearch reported errors for POST " + path);
        }
        return answer;
    }

    private Optional<JsonNode> answer(String method, String path, String body, String type, boolean missingIsEmpty) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", type);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OpenSearchException("OpenSearch at " + base + " did not answer " + method + " " + path + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpenSearchException("Interrupted while waiting for OpenSearch: " + method + " " + path, e);
        }
        if (response.statusCode() == 404 && missingIsEmpty) {
            return Optional.empty();
        }
        JsonNode answer = read(response.body());
        if (response.statusCode() >= 300) {
            throw new OpenSearchException("OpenSearch refused " + method + " " + path + ": " + response.statusCode()
                    + " " + reason(answer.path("error")));
        }
        return Optional.of(answer);
    }

    /** The cluster's error as "type: reason", with its root cause when that says more. */
    private static String reason(JsonNode error) {
        if (error.isMissingNode() || error.isNull()) {
            return "(no error given)";
        }
        if (error.isTextual()) {
            return error.asText();
        }
        String said = error.path("type").asText("error") + ": " + error.path("reason").asText("");
        JsonNode root = error.path("root_cause").path(0);
        if (!root.isMissingNode() && !root.path("reason").asText("").equals(error.path("reason").asText(""))) {
            said += " (" + root.path("type").asText() + ": " + root.path("reason").asText() + ")";
        }
        return said;
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            // A proxy's HTML error page, for one: say what came back instead of failing on its syntax.
            return json.createObjectNode().put("error", body.length() > 200 ? body.substring(0, 200) : body);
        }
    }
}
