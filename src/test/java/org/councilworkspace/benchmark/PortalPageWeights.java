package org.councilworkspace.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's pages as a reader gets them, found the way a client finds them (the JSON API and the pages' own
 * links), never by id: the plan pages, the open round, and each main page's weight in bytes with its scripts.
 */
final class PortalPageWeights {

    /** A page as served: its address, its status, its body and whether it tried to set a cookie. */
    record Fetched(String path, int status, byte[] body, boolean setsCookie) {
        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }

        int scripts() {
            Matcher m = Pattern.compile("<script", Pattern.CASE_INSENSITIVE).matcher(text());
            int n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    PortalPageWeights(String base) {
        this.base = base;
    }

    Fetched get(String path) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Fetched(path, response.statusCode(), response.body(),
                    response.headers().firstValue("Set-Cookie").isPresent());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode api(String path) {
        try {
            return JSON.readTree(get(path).body());
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + path, e);
        }
    }

    /** The published version whose page is the longest: the heaviest page a reader of plans gets. */
    String heaviestVersionPage() {
        String heaviest = null;
        int bytes = -1;
        for (JsonNode v : api("/public/api/v1/versions")) {
            String path = v.get("href").asText();
            int length = get(path).body().length;
            if (length > bytes) {
                bytes = length;
                heaviest = path;
            }
        }
        if (heaviest == null) {
            throw new IllegalStateException("The demo data publish no plan version");
        }
        return heaviest;
    }

    /** A public round open for comments now. */
    String openRoundPage() {
        OffsetDateTime now = OffsetDateTime.now();
        for (JsonNode r : api("/public/api/v1/consultations")) {
            if (r.get("kind").asText().equals("PUBLIC") && r.get("status").asText().equals("OPEN")
                    && OffsetDateTime.parse(r.get("opensAt").asText()).isBefore(now)
                    && OffsetDateTime.parse(r.get("closesAt").asText()).isAfter(now)) {
                return r.get("href").asText();
            }
        }
        throw new IllegalStateException("The demo data have no public round open now");
    }

    /** The main pages, in English, one of each kind (the largest where there are several), with the style sheet. */
    Map<String, Fetched> mainPages() {
        Map<String, Fetched> pages = new LinkedHashMap<>();
        pages.put("home", get("/public/en"));
        pages.put("a council", heaviest(hrefs(api("/public/api/v1/councils"))));
        List<String> versions = hrefs(api("/public/api/v1/versions"));
        pages.put("a published plan version (whole text, outline, record)", heaviest(versions));
        Fetched plan = get(versions.get(0));
        Matcher compare = Pattern.compile("href=\"(/public/en/versions/\\d+/compare/\\d+)\"").matcher(plan.text());
        if (compare.find()) {
            pages.put("comparison with the previous version", get(compare.group(1)));
        }
        pages.put("consultations", get("/public/en/consultations"));
        pages.put("an open round with its form", get(openRoundPage()));
        List<String> results = new ArrayList<>();
        for (String round : hrefs(api("/public/api/v1/consultations"))) {
            if (get(round + "/results").status() == 200) {
                results.add(round + "/results");
            }
        }
        if (!results.isEmpty()) {
            pages.put("results of a round", heaviest(results));
        }
        Fetched meetings = get("/public/en/meetings");
        pages.put("meetings", meetings);
        Matcher meeting = Pattern.compile("href=\"(/public/en/meetings/\\d+)\"").matcher(meetings.text());
        List<String> meetingPages = new ArrayList<>();
        while (meeting.find()) {
            meetingPages.add(meeting.group(1));
        }
        if (!meetingPages.isEmpty()) {
            pages.put("a meeting (agenda, summary, minutes)", heaviest(meetingPages));
        }
        pages.put("style sheet (every page)", get("/public/portal.css"));
        return pages;
    }

    private Fetched heaviest(List<String> paths) {
        Fetched heaviest = null;
        for (String path : paths) {
            Fetched page = get(path);
            if (page.status() == 200 && (heaviest == null || page.body().length > heaviest.body().length)) {
                heaviest = page;
            }
        }
        if (heaviest == null) {
            throw new IllegalStateException("None of these pages answers: " + paths);
        }
        return heaviest;
    }

    private static List<String> hrefs(JsonNode items) {
        List<String> hrefs = new ArrayList<>();
        items.forEach(i -> hrefs.add(i.get("href").asText()));
        return hrefs;
    }
}
