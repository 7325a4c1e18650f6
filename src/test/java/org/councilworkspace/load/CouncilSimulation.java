package org.councilworkspace.load;

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
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static org.councilworkspace.load.VaadinSteps.closeTab;
import static org.councilworkspace.load.VaadinSteps.doIfHas;
import static org.councilworkspace.load.VaadinSteps.expect;
import static org.councilworkspace.load.VaadinSteps.openPage;
import static org.councilworkspace.load.VaadinSteps.success;
import static org.councilworkspace.load.VaadinSteps.ui;
import static org.councilworkspace.load.VaadinSteps.uidl;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

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

    private static final LoadSettings S = LoadSettings.fromSystemProperties();
    private static final String NOTE = "Reviewed during a load test, note ";

    private final Instant deadline = Instant.now().plusSeconds(S.rampSeconds() + S.durationSeconds());
    private final LoadReport report = new LoadReport(S, deadline);

    private final HttpProtocolBuilder protocol = http.baseUrl(S.baseUrl())
            .wsBaseUrl(S.baseUrl().replaceFirst("^http", "ws"))
            .acceptHeader("*/*")
            .acceptLanguageHeader("en")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Chrome/142 council-load-test")
            .disableCaching();

    {
        ScenarioBuilder members = scenario(S.soak() ? "tabs opening and closing" : "council members")
                .feed(listFeeder(S.accounts().stream().map(a -> Map.<String, Object>of("username", a)).toList()).circular())
                .exec(signIn())
                .exec(S.soak() ? soak() : work())
                .exec(S.soak() ? exec(closeTab()).exec(signOut()) : leave());
        List<Assertion> goals = List.of(
                global().responseTime().percentile(95.0).lte(300),
                global().responseTime().percentile(99.0).lte(1000),
                global().failedRequests().count().is(0L));
        setUp(members.injectOpen(rampUsers(S.users()).during(Duration.ofSeconds(S.rampSeconds()))))
                .protocols(protocol)
                .assertions(goals);
    }



    private ChainBuilder work() {
        return exec(openPage("open plan", s -> "plans/" + S.planId(), S.push()))
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
                                .randomSwitch().on(percent(20.0).then(exec(openPage("open plan", s -> "plans/" + S.planId(), S.push()))
                                        .exec(think()))))
                .exec(openSection())
                .exec(notificationsClosed())
                .pause(s -> until(deadline.plusSeconds(S.holdSeconds())));
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
                .pause(s -> until(deadline.plusSeconds(S.holdSeconds() + LoadSettings.IDLE_SECONDS)))
                                .pause(Duration.ZERO, Duration.ofSeconds(LoadSettings.SIGN_OUT_SPREAD_SECONDS))
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
                        exec(openPage("open section in a new tab", s -> sectionPath(s), S.push()))
                                .exec(threadList())
                                .exec(think())
                                .randomSwitch().on(percent(30.0).then(comment()), percent(20.0).then(recordPosition()))
                                .exec(closeTab())
                                .exec(think())
                                .exec(s -> s.set("round", s.getInt("round") + 1))
                                .doIf(s -> s.getInt("round") % 5 == 0).then(exec(signOut()).exec(signIn())));
    }

    private ChainBuilder signIn() {
        return exec(openPage("sign-in page", s -> "login", S.push()))
                .exec(think())
                .exec(http("sign in").post("/login")
                        .formParam("_csrf", "#{csrf}")
                        .formParam("username", "#{username}")
                        .formParam("password", S.password())
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
                    (s.getString("outcome").equals("success") ? LoadCounts.SAVED : LoadCounts.CONFLICTS).incrementAndGet();
                    return s;
                })
                // After a conflict the editor holds unsaved text, and leaving asks first; this member gives up
                // and opens the plan in a new tab (the old tab's unload beacon goes out as the browser's would).
                .doIf(s -> "conflict-save".equals(s.getString("outcome")))
                .then(exec(openPage("open plan", s -> "plans/" + S.planId(), S.push()))));
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
                    LoadCounts.COMMENTS.incrementAndGet();
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
            LoadCounts.POSITIONS.incrementAndGet();
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
        return "plans/" + S.planId() + "/sections/" + S.sections().get(ThreadLocalRandom.current().nextInt(S.sections().size()));
    }

    private ChainBuilder think() {
        return exec(pause(Duration.ofMillis(S.thinkMinMillis()), Duration.ofMillis(S.thinkMaxMillis())));
    }

    @Override
    public void before() {
        report.before();
    }

    @Override
    public void after() {
        report.after();
    }
}
