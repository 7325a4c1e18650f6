package org.councilworkspace.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The portal under load, driven by {@link PortalBenchmark} (Gatling's Java DSL, started in the benchmark's JVM).
 * Which part runs, and against what, comes from {@code portal.load.*} system properties the benchmark sets:
 *
 * <ul>
 *     <li>{@code throughput}: readers that request a page again as soon as it has arrived, the static reference file
 *     and the portal page in turn (static, portal, portal, static: a machine that slows down during the run harms
 *     both alike), each with 200 readers, then the portal page with 1,000;</li>
 *     <li>{@code readers}: distinct anonymous readers, each with its own connection and no cookie jar in common,
 *     reading the home page and the plan page once;</li>
 *     <li>{@code submissions}: people who open the consultation's form and send a comment, at a set rate, each from
 *     its own address (as the proxy in front reports it), and read the receipt.</li>
 * </ul>
 *
 * <p>Caching is off in the simulated browsers, so every request is answered in full (a browser or proxy cache would
 * take most of the load away). Every answer is checked: status 200 and no {@code Set-Cookie}.
 */
public class PortalSimulation extends Simulation {

    static final String STATIC_1 = "static file, 200 readers (1)";
    static final String PORTAL_1 = "portal page, 200 readers (1)";
    static final String PORTAL_2 = "portal page, 200 readers (2)";
    static final String STATIC_2 = "static file, 200 readers (2)";
    static final String PORTAL_1000 = "portal page, 1,000 readers";
    static final String READER_HOME = "reader: home page";
    static final String READER_PAGE = "reader: plan page";
    static final String SUBMISSION = "comment sent, receipt shown";

    private static final String[] LANGUAGES = {"en", "ja", "th"};
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final HttpProtocolBuilder protocol = http.baseUrl(property("baseUrl"))
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("en")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Chrome/142 portal-benchmark")
            .disableCaching();

    {
        int seconds = Integer.parseInt(property("seconds"));
        PopulationBuilder population = switch (property("phase")) {
            // The warm-up runs at the measured concurrency: with 20 readers the first timed pair still paid for
            // compiling the 200-reader paths (Tomcat's and Gatling's own) and ran at half the second pair's rate.
            case "throughput" -> reading("warm-up, static", property("staticPath"), 200, 15)
                    .andThen(reading("warm-up, portal", property("portalPath"), 200, 15))
                    .andThen(reading(STATIC_1, property("staticPath"), 200, seconds))
                    .andThen(reading(PORTAL_1, property("portalPath"), 200, seconds))
                    .andThen(reading(PORTAL_2, property("portalPath"), 200, seconds))
                    .andThen(reading(STATIC_2, property("staticPath"), 200, seconds))
                    .andThen(reading(PORTAL_1000, property("portalPath"), 1000, seconds));
            case "readers" -> scenario("distinct readers")
                    .exec(session -> session.set("lang", LANGUAGES[(int) (session.userId() % LANGUAGES.length)]))
                    .exec(counted(READER_HOME, http(READER_HOME).get("/public/#{lang}")))
                    .exec(counted(READER_PAGE, http(READER_PAGE).get(property("portalPath").replace("/en/", "/#{lang}/"))))
                    .injectOpen(rampUsers(Integer.parseInt(property("readers"))).during(Duration.ofSeconds(seconds)));
            case "submissions" -> scenario("people commenting")
                    .exec(session -> session.set("address", address(ADDRESSES.incrementAndGet())))
                    .exec(http("comment form").get(property("roundPath"))
                            .check(status().is(200), header("Set-Cookie").notExists(),
                                    css("input[name=token]", "value").saveAs("token")))
                    .doIfOrElse(session -> session.contains("token")).then(exec(counted(SUBMISSION,
                            http(SUBMISSION).post(property("roundPath"))
                                    .header("X-Forwarded-For", "#{address}")
                                    .asMultipartForm()
                                    .formParam("token", "#{token}")
                                    .formParam("name", "Reader #{address}")
                                    .formParam("organizationName", "")
                                    .formParam("organizationType", "INDIVIDUAL")
                                    .formParam("email", "reader@example.org")
                                    .formParam("section", "")
                                    .formParam("text", "A comment sent during the portal benchmark from #{address}.")
                                    .formParam("consent", "yes")
                                    .formParam("website", "")
                                    .check(css("#receipt-number").saveAs("receipt")))))
                    .orElse(exec(session -> PortalLoadFigures.record(SUBMISSION, session.markAsFailed())))
                    .injectOpen(constantUsersPerSec(Integer.parseInt(property("perSecond"))).during(Duration.ofSeconds(seconds)));
            default -> throw new IllegalArgumentException("Unknown phase " + property("phase"));
        };
        setUp(population).protocols(protocol);
    }

    /** {@code users} readers, each requesting {@code path} again as soon as the last answer arrived, for the time. */
    private static PopulationBuilder reading(String step, String path, int users, int seconds) {
        return scenario(step)
                .during(Duration.ofSeconds(seconds)).on(counted(step, http(step).get(path)))
                .injectOpen(users <= 200 ? atOnceUsers(users) : rampUsers(users).during(Duration.ofSeconds(5)));
    }

    /** The request, checked, with its answer counted under {@code step}. */
    private static ChainBuilder counted(String step, HttpRequestActionBuilder request) {
        return exec(request.check(status().is(200), header("Set-Cookie").notExists(),
                        responseTimeInMillis().saveAs(PortalLoadFigures.RESPONSE_TIME)))
                .exec(session -> {
                    if (session.contains("receipt")) {
                        PortalLoadFigures.receipt(session, session.getString("receipt"));
                    }
                    return PortalLoadFigures.record(step, session);
                });
    }

    /** A distinct client address for each person, from the private range 10.0.0.0/8. */
    private static String address(int n) {
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    private static String property(String name) {
        String value = System.getProperty("portal.load." + name);
        if (value == null) {
            throw new IllegalStateException("portal.load." + name + " is not set; PortalBenchmark sets it");
        }
        return value;
    }
}
