package org.councilworkspace.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.ws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Council members working on a running app through Vaadin's real client-server protocol: page, bootstrap
 * ({@code ?v-r=init}), then UIDL requests with the security key, client id and sync id, and the push WebSocket a
 * browser opens. Node ids are read from the server's answers (by element id), never hard-coded.
 *
 * <p>Load mode (default): each member signs in, opens the plan, then keeps opening sections and, with 2–5 s of
 * thinking between steps, saves a section, posts a comment or records a position. When the run's time is up every
 * member keeps one section open for {@code load.holdSeconds}; the heap is measured then (when {@code load.appPid} is
 * given), so the figure is the heap of that many open sessions with an open tab each.
 *
 * <p>Soak mode ({@code -Dload.mode=soak}): members keep opening tabs and closing them, and sign out and in again,
 * for {@code load.durationSeconds}; at the end all sign out and the heap after a full GC is compared with the
 * baseline before the run, with the counts of UIs, views and sessions.
 *
 * <p>Run against an app that is already running: {@code ./mvnw -Pload gatling:test -Dload.baseUrl=http://host:8080}.
 */
public class CouncilSimulation extends Simulation {

    private static final String MODE = System.getProperty("load.mode", "load");
    private static final boolean SOAK = MODE.equals("soak");
    private static final String BASE_URL = trimSlash(System.getProperty("load.baseUrl", "http://localhost:8080"));
    private static final int USERS = Integer.getInteger("load.users", 200);
    private static final int RAMP_SECONDS = Integer.getInteger("load.rampSeconds", 60);
    private static final int DURATION_SECONDS = Integer.getInteger("load.durationSeconds", SOAK ? 1800 : 180);
    private static final int HOLD_SECONDS = Integer.getInteger("load.holdSeconds", SOAK ? 0 : 60);
    /** After holding, every member stays signed in this long without a tab before signing out. */
    private static final int IDLE_SECONDS = 40;
    private static final int SIGN_OUT_SPREAD_SECONDS = 20;
    private static final int THINK_MIN_MS = Integer.getInteger("load.thinkMinMillis", 2000);
    private static final int THINK_MAX_MS = Integer.getInteger("load.thinkMaxMillis", 5000);
    private static final boolean PUSH = Boolean.parseBoolean(System.getProperty("load.push", "true"));
    private static final String APP_PID = System.getProperty("load.appPid", "");
    private static final long PLAN_ID = Long.getLong("load.planId", 1);
    /** Sections of the demo plan that have text (chapters have none). */
    private static final List<Long> SECTIONS = Arrays.stream(System.getProperty("load.sections",
                    "2,3,4,6,7,8,10,11,12,13,14,16,17,19,20").split(",")).map(String::trim).map(Long::valueOf).toList();
    /** Voting members of the demo's automotive council, who may edit, comment and record positions. */
    private static final List<String> ACCOUNTS = Arrays.stream(System.getProperty("load.accounts",
                    "somchai,chaiwat,kittisak,nattaya,siriporn,wichai,tanaka,supaporn,arunee,prasert").split(","))
            .map(String::trim).toList();
    private static final String PASSWORD = System.getProperty("load.password", "council-demo-2027");
    private static final String NOTE = "Reviewed during a load test, note ";

    private static final AtomicInteger SAVED = new AtomicInteger();
    private static final AtomicInteger CONFLICTS = new AtomicInteger();
    private static final AtomicInteger COMMENTS = new AtomicInteger();
    private static final AtomicInteger POSITIONS = new AtomicInteger();
    private static final AtomicInteger TABS = new AtomicInteger();
    private static final AtomicInteger STOPPED = new AtomicInteger();
    private static final List<String> HEAP = new ArrayList<>();

    private final Instant start = Instant.now();
    private final Instant deadline = start.plusSeconds(RAMP_SECONDS + DURATION_SECONDS);
    private HeapProbe.Snapshot baseline;
    private HeapProbe.Snapshot holding;
    private HeapProbe.Snapshot idle;

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .wsBaseUrl(BASE_URL.replaceFirst("^http", "ws"))
            .acceptHeader("*/*")
            .acceptLanguageHeader("en")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Chrome/142 council-load-test")
            .disableCaching();

    {
        ScenarioBuilder members = scenario(SOAK ? "tabs opening and closing" : "council members")
                .feed(listFeeder(ACCOUNTS.stream().map(a -> Map.<String, Object>of("username", a)).toList()).circular())
                .exec(signIn())
                .exec(SOAK ? soak() : work())
                .exec(SOAK ? exec(closeTab()).exec(signOut()) : leave());
        List<Assertion> goals = List.of(
                global().responseTime().percentile(95.0).lte(300),
                global().responseTime().percentile(99.0).lte(1000),
                global().failedRequests().count().is(0L));
        setUp(members.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS))))
                .protocols(protocol)
                .assertions(goals);
    }

    // ---- the members' work -------------------------------------------------------------------------------------

    private ChainBuilder work() {
        return exec(openPage("open plan", s -> "plans/" + PLAN_ID))
                .exec(think())
                .asLongAs(s -> Instant.now().isBefore(deadline)).on(
                        exec(openSection())
                                .exec(think())
                                .randomSwitch().on(
                                        percent(25.0).then(editAndSave()),
                                        percent(30.0).then(comment()),
                                        percent(25.0).then(recordPosition()),
                                        percent(20.0).then(exec(s -> s)))
                                .exec(think())
                                // Now and then back to the plan in a fresh tab, closing the old one.
                                .randomSwitch().on(percent(20.0).then(exec(openPage("open plan", s -> "plans/" + PLAN_ID))
                                        .exec(think()))))
                .exec(openSection())
                .exec(notificationsClosed())
                .pause(s -> until(deadline.plusSeconds(HOLD_SECONDS)));
    }

    /**
     * A browser closes a notification when its time is up and tells the server, which then drops it. Every request
     * carries such closes (see {@link UiState#request}); this is the one a browser sends while the member only reads.
     */
    private ChainBuilder notificationsClosed() {
        return doIf(s -> s.contains("ui") && ui(s).hasClosingNotifications())
                .then(pause(Duration.ofSeconds(8)).exec(uidl("notifications closed", ui -> Rpc.calls())));
    }

    /**
     * After holding: the tab closes and the member stays signed in for a while (the heap is measured again then),
     * then signs out, so the figures split the tab, the signed-in session and what the server keeps regardless.
     */
    private ChainBuilder leave() {
        return exec(closeTab())
                .pause(s -> until(deadline.plusSeconds(HOLD_SECONDS + IDLE_SECONDS)))
                // Spread over a few seconds, as people leave; 200 sign-outs in one instant are no one's day.
                .pause(Duration.ZERO, Duration.ofSeconds(SIGN_OUT_SPREAD_SECONDS))
                .exec(signOut());
    }

    private static Duration until(Instant when) {
        Duration left = Duration.between(Instant.now(), when);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Tabs opened and closed over and over; every fifth round the member signs out and in again. */
    private ChainBuilder soak() {
        return exec(s -> s.set("round", 0))
                .asLongAs(s -> Instant.now().isBefore(deadline)).on(
                        exec(openPage("open section in a new tab", s -> sectionPath(s)))
                                .exec(threadList())
                                .exec(think())
                                .randomSwitch().on(percent(30.0).then(comment()), percent(20.0).then(recordPosition()))
                                .exec(closeTab())
                                .exec(think())
                                .exec(s -> s.set("round", s.getInt("round") + 1))
                                .doIf(s -> s.getInt("round") % 5 == 0).then(exec(signOut()).exec(signIn())));
    }

    private ChainBuilder signIn() {
        return exec(openPage("sign-in page", s -> "login"))
                .exec(think())
                .exec(http("sign in").post("/login")
                        .formParam("_csrf", "#{csrf}")
                        .formParam("username", "#{username}")
                        .formParam("password", PASSWORD)
                        .disableFollowRedirect()
                        .check(status().is(302))
                        .check(header("Location").transform(l -> !l.contains("error")).is(true)))
                .exitHereIfFailed()
                .exec(think());
    }

    private ChainBuilder signOut() {
        return exec(closeTab())
                .exec(http("sign-out page").get("/").check(css("meta[name=_csrf]", "content").saveAs("csrf")))
                .exec(http("sign out").post("/logout").formParam("_csrf", "#{csrf}").disableFollowRedirect()
                        .check(status().is(302)));
    }

    /** Client-side navigation to a random section in the open tab, then the comment list asks for its rows. */
    private ChainBuilder openSection() {
        return exec(uidl("open section", ui -> Rpc.calls(Rpc.navigate(sectionPath(null), "client"))))
                .exec(expect("section-body"))
                .exec(threadList());
    }

    private ChainBuilder threadList() {
        return doIfHas("thread-list", uidl("load comment list",
                ui -> Rpc.calls(Rpc.published(ui.node("thread-list"), "setViewportRange", 0, 10))));
    }

    private ChainBuilder editAndSave() {
        return doIfHas("edit-section", exec(uidl("edit section", ui -> Rpc.calls(Rpc.click(ui.node("edit-section")))))
                .exec(expect("section-text"))
                .exec(think())
                .exec(s -> s.set("typed", edited(ui(s).value("section-text"))))
                .exec(uidl("type in editor", (s, ui) -> {
                    int text = ui.node("section-text");
                    return Rpc.calls(Rpc.sync(text, "value", s.getString("typed")), Rpc.input(text));
                }))
                .exec(think())
                .exec(uidl("save section", ui -> Rpc.calls(Rpc.click(ui.node("save-section")))))
                .exec(uidl("save section: send text",
                        (s, ui) -> Rpc.calls(Rpc.channel(ui.takeChannel(UiState.VALUE), s.getString("typed"))),
                        regex("\"key\":\"(?:theme|id)\",\"feat\":3,\"value\":\"(success|conflict-save)\"")
                                .saveAs("outcome")))
                .exec(s -> {
                    (s.getString("outcome").equals("success") ? SAVED : CONFLICTS).incrementAndGet();
                    return s;
                })
                // After a conflict the editor holds unsaved text, and leaving asks first; this member gives up
                // and opens the plan in a new tab (the old tab's unload beacon goes out as the browser's would).
                .doIf(s -> "conflict-save".equals(s.getString("outcome")))
                .then(exec(openPage("open plan", s -> "plans/" + PLAN_ID))));
    }

    private ChainBuilder comment() {
        return doIfHas("comment-section", exec(uidl("start comment",
                        ui -> Rpc.calls(Rpc.click(ui.node("comment-section")))))
                .exec(expect("thread-body"))
                .exec(think())
                .exec(uidl("type comment", ui -> {
                    int body = ui.node("thread-body");
                    return Rpc.calls(Rpc.sync(body, "value", "From a load test: the figures in this section need a "
                            + "source (" + ThreadLocalRandom.current().nextInt(1_000_000) + ")."), Rpc.input(body));
                }))
                .exec(uidl("post comment", ui -> Rpc.calls(Rpc.click(ui.node("post-thread"))), success()))
                .exec(s -> {
                    COMMENTS.incrementAndGet();
                    return s;
                }));
    }

    private ChainBuilder recordPosition() {
        return doIfHas("section-change-position", exec(uidl("open position choice",
                ui -> Rpc.calls(Rpc.click(ui.node("section-change-position")))))
                .exec(expect("save-position"))
                .exec(uidl("record position", ui -> {
            Integer group = ui.descendant("section-position", "vaadin-radio-group");
            if (group == null) {
                throw new IllegalStateException("No stance choice in the position form");
            }
            // Item keys 1, 3, 4: agree, needs discussion, abstain (these need no reason).
            String key = List.of("1", "3", "4").get(ThreadLocalRandom.current().nextInt(3));
            return Rpc.calls(Rpc.sync(group, "value", key), Rpc.event(group, "value-changed", null),
                    Rpc.click(ui.node("save-position")));
        }, success())).exec(s -> {
            POSITIONS.incrementAndGet();
            return s;
        }));
    }

    /**
     * A real change: a new paragraph between two random paragraphs, so every save makes a revision, and two members
     * saving the same section at once usually merge (different places) and sometimes conflict (the same place).
     */
    private static String edited(String text) {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(text.split("\n\n", -1)));
        int at = 1 + ThreadLocalRandom.current().nextInt(paragraphs.size());
        paragraphs.add(at, NOTE + ThreadLocalRandom.current().nextInt(1_000_000) + ".");
        return String.join("\n\n", paragraphs);
    }

    private static String sectionPath(Session ignored) {
        return "plans/" + PLAN_ID + "/sections/" + SECTIONS.get(ThreadLocalRandom.current().nextInt(SECTIONS.size()));
    }

    // ---- Vaadin's protocol -------------------------------------------------------------------------------------

    /**
     * A full page load in a new tab, as the browser does it: the page (which also carries Spring Security's CSRF
     * token), the bootstrap, the browser details the server asked for, the push connection, then the navigation.
     */
    private ChainBuilder openPage(String name, Function<Session, String> path) {
        return exec(closeTab())
                .exec(s -> s.set("location", path.apply(s)))
                .exec(http(name).get("/#{location}")
                        .check(status().is(200))
                        .check(css("meta[name=_csrf]", "content").saveAs("csrf")))
                .exec(http(name + ": bootstrap").get("/?v-r=init&location=#{location}&query=")
                        .check(status().is(200))
                        .check(bodyString().saveAs("init")))
                // A member whose page did not load stops here: one error, not a cascade of follow-ups.
                .exitHereIfFailed()
                .exec(s -> {
                    TABS.incrementAndGet();
                    return s.set("ui", UiState.fromInit(s.getString("init"), s.getString("location"))).remove("init");
                })
                .exec(uidl(name + ": browser details",
                        ui -> Rpc.calls(Rpc.channel(ui.takeChannel(UiState.BROWSER_DETAILS), Rpc.browserDetails()))))
                .doIf(s -> PUSH).then(exec(ws(name + ": push").connect(s -> pushPath(ui(s))))
                        .exec(s -> s.set("push", true)))
                .exec(uidl(name + ": navigate", ui -> Rpc.calls(Rpc.navigate("/" + ui.location, ""))))
                .exitHereIfFailed();
    }

    /**
     * Leaving a page: the push connection closes and the browser's unload beacon tells the server the tab is gone.
     * (The browser sends the beacon first; the other order here keeps the server's closing of the push connection
     * from racing the simulation's own close.)
     */
    private ChainBuilder closeTab() {
        return doIf(s -> s.contains("ui")).then(
                doIf(s -> s.contains("push")).then(exec(ws("close tab: push").close()).exec(s -> s.remove("push")))
                        .exec(http("close tab").post(s -> "/?v-r=uidl&v-uiId=" + ui(s).uiId)
                                .header("Content-Type", "text/plain;charset=UTF-8")
                                .body(StringBody(s -> ui(s).unload())))
                        .exec(s -> s.remove("ui")));
    }

    private static String pushPath(UiState ui) {
        return "/VAADIN/push?v-r=push&v-uiId=" + ui.uiId + "&v-pushId=" + ui.pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=0";
    }

    /**
     * One UIDL request. The answer is applied to the tab's state; an answer saying the session expired or that
     * client and server lost step is a failure, as is any extra check given.
     */
    private ChainBuilder uidl(String name, Function<UiState, ArrayNode> rpc,
                              io.gatling.javaapi.core.CheckBuilder... checks) {
        return uidl(name, (s, ui) -> rpc.apply(ui), checks);
    }

    private ChainBuilder uidl(String name, java.util.function.BiFunction<Session, UiState, ArrayNode> rpc,
                              io.gatling.javaapi.core.CheckBuilder... checks) {
        var request = http(name).post(s -> "/?v-r=uidl&v-uiId=" + ui(s).uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(s -> ui(s).request(rpc.apply(s, ui(s)))))
                .check(status().is(200))
                .check(substring("sessionExpired").notExists())
                .check(substring("\"resynchronize\"").notExists())
                .check(substring("appError").notExists())
                .check(bodyString().saveAs("answer"));
        for (var check : checks) {
            request = request.check(check);
        }
        return exec(request).exec(s -> {
            if (s.contains("answer") && s.contains("ui")) {
                ui(s).applyResponse(s.getString("answer"));
            }
            return s.remove("answer");
        });
    }

    /** A success notification (saved, posted, recorded) in the answer. */
    private static io.gatling.javaapi.core.CheckBuilder success() {
        return substring("\"key\":\"theme\",\"feat\":3,\"value\":\"success\"").exists();
    }

    /**
     * Stops the member when the page lacks an element it needs (e.g. a section that did not open). Gatling counts
     * no request for this, so the summary reports how many members stopped.
     */
    private static ChainBuilder expect(String elementId) {
        return exec(s -> {
            if (!ui(s).has(elementId)) {
                STOPPED.incrementAndGet();
                return s.markAsFailed();
            }
            return s;
        }).exitHereIfFailed();
    }

    private static ChainBuilder doIfHas(String elementId, ChainBuilder then) {
        return doIf(s -> s.contains("ui") && ui(s).has(elementId)).then(then);
    }

    private static UiState ui(Session s) {
        return s.get("ui");
    }

    private ChainBuilder think() {
        return exec(pause(Duration.ofMillis(THINK_MIN_MS), Duration.ofMillis(THINK_MAX_MS)));
    }

    // ---- heap figures -------------------------------------------------------------------------------------------

    @Override
    public void before() {
        if (!APP_PID.isBlank()) {
            baseline = HeapProbe.take(APP_PID, MODE + "-before");
            HEAP.add("before the run: " + baseline.describe());
            if (!SOAK && HOLD_SECONDS > 0) {
                // Everyone holds one open section from about the deadline on; measure in the middle of that.
                Thread probe = new Thread(() -> {
                    sleepUntil(deadline.plusSeconds(HOLD_SECONDS / 2 + 5));
                    holding = HeapProbe.take(APP_PID, MODE + "-holding");
                    HEAP.add("while " + USERS + " sessions each hold an open section: " + holding.describe());
                    sleepUntil(deadline.plusSeconds(HOLD_SECONDS + IDLE_SECONDS / 2 + 5));
                    idle = HeapProbe.take(APP_PID, MODE + "-idle");
                    HEAP.add("while the " + USERS + " sessions stay signed in, their tabs closed: " + idle.describe());
                }, "heap-probe");
                probe.setDaemon(true);
                probe.start();
            }
        }
    }

    @Override
    public void after() {
        StringBuilder summary = new StringBuilder();
        summary.append("mode ").append(MODE).append(", ").append(USERS).append(" members ramped over ")
                .append(RAMP_SECONDS).append(" s, then ").append(DURATION_SECONDS).append(" s")
                .append(SOAK ? "" : ", then " + HOLD_SECONDS + " s holding an open section")
                .append(", think time ").append(THINK_MIN_MS).append("–").append(THINK_MAX_MS).append(" ms, push ")
                .append(PUSH ? "WebSocket" : "off").append(", against ").append(BASE_URL).append('\n');
        summary.append("tabs opened ").append(TABS.get())
                .append(", section saves confirmed (new revision, merged or unchanged) ").append(SAVED.get())
                .append(", save conflicts shown ").append(CONFLICTS.get()).append(", comments posted ")
                .append(COMMENTS.get()).append(", positions recorded ").append(POSITIONS.get())
                .append(", members stopped because a page lacked what they needed ").append(STOPPED.get()).append('\n');
        if (!APP_PID.isBlank()) {
            HeapProbe.Snapshot end = HeapProbe.take(APP_PID, MODE + "-after");
            HEAP.add("after the " + (SOAK ? "soak" : "run") + ", everyone signed out: " + end.describe());
            HEAP.forEach(line -> summary.append("heap ").append(line).append('\n'));
            if (holding != null && idle != null) {
                // Holding minus signed out: what the sessions and their tabs hold, without the pools and caches
                // the server grew during the run and keeps whoever is signed in (they are reported apart).
                summary.append(String.format("heap per open session (signed in, one open tab): %,d KB%n",
                        (holding.bytes() - end.bytes()) / 1024 / USERS));
                summary.append(String.format("  of which the open tab: %,d KB, the signed-in session without a tab: %,d KB%n",
                        (holding.bytes() - idle.bytes()) / 1024 / USERS, (idle.bytes() - end.bytes()) / 1024 / USERS));
                summary.append(String.format("heap the server grew during the run and kept with no one signed in "
                        + "(thread and request-processor pools, caches): %,d KB; holding minus before the run, per "
                        + "session: %,d KB%n", (end.bytes() - baseline.bytes()) / 1024,
                        (holding.bytes() - baseline.bytes()) / 1024 / USERS));
            }
            if (SOAK) {
                summary.append(String.format("heap after the soak minus before: %,d KB%n",
                        (end.bytes() - baseline.bytes()) / 1024));
            }
        }
        System.out.println(summary);
        try {
            Path file = Path.of("target", "load-" + MODE + "-summary.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, summary.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Could not write the summary: " + e);
        }
    }

    private static void sleepUntil(Instant when) {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
