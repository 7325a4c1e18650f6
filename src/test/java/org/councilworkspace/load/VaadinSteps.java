package org.councilworkspace.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.ws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Vaadin's client-server protocol as Gatling steps: a page load in a new tab, UIDL requests applied to the tab's
 * {@link UiState}, the push WebSocket, and the unload beacon. Kept apart from what the members do with them.
 */
final class VaadinSteps {

    private VaadinSteps() {
    }

    /**
     * A full page load in a new tab, as the browser does it: the page (which also carries Spring Security's CSRF
     * token), the bootstrap, the browser details the server asked for, the push connection, then the navigation.
     */
    static ChainBuilder openPage(String name, Function<Session, String> path, boolean push) {
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
                    LoadCounts.TABS.incrementAndGet();
                    return s.set("ui", UiState.fromInit(s.getString("init"), s.getString("location"))).remove("init");
                })
                .exec(uidl(name + ": browser details",
                        ui -> Rpc.calls(Rpc.channel(ui.takeChannel(UiState.BROWSER_DETAILS), Rpc.browserDetails()))))
                .doIf(s -> push).then(exec(ws(name + ": push").connect(s -> pushPath(ui(s))))
                        .exec(s -> s.set("push", true)))
                .exec(uidl(name + ": navigate", ui -> Rpc.calls(Rpc.navigate("/" + ui.location, ""))))
                .exitHereIfFailed();
    }

    /**
     * Leaving a page: the push connection closes and the browser's unload beacon tells the server the tab is gone.
     * (The browser sends the beacon first; the other order here keeps the server's closing of the push connection
     * from racing the simulation's own close.)
     */
    static ChainBuilder closeTab() {
        return doIf(s -> s.contains("ui")).then(
                doIf(s -> s.contains("push")).then(exec(ws("close tab: push").close()).exec(s -> s.remove("push")))
                        .exec(http("close tab").post(s -> "/?v-r=uidl&v-uiId=" + ui(s).uiId)
                                .header("Content-Type", "text/plain;charset=UTF-8")
                                .body(StringBody(s -> ui(s).unload())))
                        .exec(s -> s.remove("ui")));
    }

    static String pushPath(UiState ui) {
        return "/VAADIN/push?v-r=push&v-uiId=" + ui.uiId + "&v-pushId=" + ui.pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=0";
    }

    /**
     * One UIDL request. The answer is applied to the tab's state; an answer saying the session expired or that
     * client and server lost step is a failure, as is any extra check given.
     */
    static ChainBuilder uidl(String name, Function<UiState, ArrayNode> rpc,
                              CheckBuilder... checks) {
        return uidl(name, (s, ui) -> rpc.apply(ui), checks);
    }

    static ChainBuilder uidl(String name, BiFunction<Session, UiState, ArrayNode> rpc,
                              CheckBuilder... checks) {
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
    static CheckBuilder success() {
        return substring("\"key\":\"theme\",\"feat\":3,\"value\":\"success\"").exists();
    }

    /**
     * Stops the member when the page lacks an element it needs (e.g. a section that did not open). Gatling counts
     * no request for this, so the summary reports how many members stopped.
     */
    static ChainBuilder expect(String elementId) {
        return exec(s -> {
            if (!ui(s).has(elementId)) {
                LoadCounts.STOPPED.incrementAndGet();
                return s.markAsFailed();
            }
            return s;
        }).exitHereIfFailed();
    }

    static ChainBuilder doIfHas(String elementId, ChainBuilder then) {
        return doIf(s -> s.contains("ui") && ui(s).has(elementId)).then(then);
    }

    static UiState ui(Session s) {
        return s.get("ui");
    }
}
