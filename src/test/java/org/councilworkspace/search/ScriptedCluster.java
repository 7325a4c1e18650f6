package org.councilworkspace.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An HTTP server in the test's own process that answers an OpenSearch client from a script: each expected request
 * (method and the start of its path) gets the answer the test gives, in the documented shape, once. It keeps what
 * it was sent for the test to check; a request nobody expected is answered 500 and kept too. It searches nothing.
 */
final class ScriptedCluster implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Request(String method, String path, String contentType, String authorization, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The lines of an NDJSON body, each read as JSON. */
        List<JsonNode> lines() {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : body.split("\n")) {
                try {
                    lines.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return lines;
        }
    }

    private record Answer(String method, String pathStart, int status, String body) {
    }

    private final HttpServer server;
    private final List<Answer> script = new ArrayList<>();
    private final List<Request> received = new ArrayList<>();
    private final List<Request> unexpected = new ArrayList<>();
    private boolean stopped;

    ScriptedCluster() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"), body);
            Answer answer = take(request);
            byte[] bytes = (answer == null ? "{\"error\":\"not in the script\"}" : answer.body())
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(answer == null ? 500 : answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next request of this method whose path starts so gets this answer. */
    ScriptedCluster answer(String method, String pathStart, int status, String body) {
        synchronized (script) {
            script.add(new Answer(method, pathStart, status, body));
        }
        return this;
    }

    private Answer take(Request request) {
        synchronized (script) {
            received.add(request);
            for (Answer a : script) {
                if (a.method().equals(request.method()) && request.path().startsWith(a.pathStart())) {
                    script.remove(a);
                    return a;
                }
            }
            unexpected.add(request);
            return null;
        }
    }

    List<Request> received() {
        synchronized (script) {
            return List.copyOf(received);
        }
    }

    /** The last request of this method whose path starts so. */
    Request last(String method, String pathStart) {
        List<Request> all = received();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).method().equals(method) && all.get(i).path().startsWith(pathStart)) {
                return all.get(i);
            }
        }
        throw new AssertionError("No " + method + " " + pathStart + " among " + all);
    }

    List<Request> unexpected() {
        synchronized (script) {
            return List.copyOf(unexpected);
        }
    }

    @Override
    public void close() {
        if (!stopped) {
            stopped = true;
            server.stop(0);
        }
    }
}
