package org.councilworkspace.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The run's figures: the app's heap before, while everyone holds an open section, while they stay signed in with no
 * tab, and after everyone signed out (when {@code load.appPid} is given), with what the members got done. Printed and
 * kept in {@code target/load-<mode>-summary.txt}.
 */
final class LoadReport {

    private final LoadSettings s;
    private final Instant deadline;
    // Written by the probe thread while the run goes on, read at the end.
    private final List<String> heap = Collections.synchronizedList(new ArrayList<>());
    private HeapProbe.Snapshot baseline;
    private volatile HeapProbe.Snapshot holding;
    private volatile HeapProbe.Snapshot idle;

    LoadReport(LoadSettings settings, Instant deadline) {
        this.s = settings;
        this.deadline = deadline;
    }

    void before() {
        if (!s.appPid().isBlank()) {
            baseline = HeapProbe.take(s.appPid(), s.mode() + "-before");
            heap.add("before the run: " + baseline.describe());
            if (!s.soak() && s.holdSeconds() > 0) {
                // Everyone holds one open section from about the deadline on; measure in the middle of that.
                // The probes run at set moments of the run, on a daemon thread that does not keep the JVM alive.
                ScheduledExecutorService probes = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread thread = new Thread(r, "heap-probe");
                    thread.setDaemon(true);
                    return thread;
                });
                probes.schedule(() -> {
                    holding = HeapProbe.take(s.appPid(), s.mode() + "-holding");
                    heap.add("while " + s.users() + " sessions each hold an open section: " + holding.describe());
                }, millisUntil(deadline.plusSeconds(s.holdSeconds() / 2 + 5)), TimeUnit.MILLISECONDS);
                probes.schedule(() -> {
                    idle = HeapProbe.take(s.appPid(), s.mode() + "-idle");
                    heap.add("while the " + s.users() + " sessions stay signed in, their tabs closed: " + idle.describe());
                }, millisUntil(deadline.plusSeconds(s.holdSeconds() + LoadSettings.IDLE_SECONDS / 2 + 5)),
                        TimeUnit.MILLISECONDS);
                probes.shutdown();
            }
        }
    }

    void after() {
        StringBuilder summary = new StringBuilder();
        summary.append("mode ").append(s.mode()).append(", ").append(s.users()).append(" members ramped over ")
                .append(s.rampSeconds()).append(" s, then ").append(s.durationSeconds()).append(" s")
                .append(s.soak() ? "" : ", then " + s.holdSeconds() + " s holding an open section")
                .append(", think time ").append(s.thinkMinMillis()).append("–").append(s.thinkMaxMillis()).append(" ms, push ")
                .append(s.push() ? "WebSocket" : "off").append(", against ").append(s.baseUrl()).append('\n');
        summary.append("tabs opened ").append(LoadCounts.TABS.get())
                .append(", section saves confirmed (new revision, merged or unchanged) ").append(LoadCounts.SAVED.get())
                .append(", save conflicts shown ").append(LoadCounts.CONFLICTS.get()).append(", comments posted ")
                .append(LoadCounts.COMMENTS.get()).append(", positions recorded ").append(LoadCounts.POSITIONS.get())
                .append(", members stopped because a page lacked what they needed ").append(LoadCounts.STOPPED.get()).append('\n');
        if (!s.appPid().isBlank()) {
            HeapProbe.Snapshot end = HeapProbe.take(s.appPid(), s.mode() + "-after");
            heap.add("after the " + (s.soak() ? "soak" : "run") + ", everyone signed out: " + end.describe());
            heap.forEach(line -> summary.append("heap ").append(line).append('\n'));
            if (holding != null && idle != null) {
                // Holding minus signed out: what the sessions and their tabs hold, without the pools and caches
                // the server grew during the run and keeps whoever is signed in (they are reported apart).
                summary.append(String.format("heap per open session (signed in, one open tab): %,d KB%n",
                        (holding.bytes() - end.bytes()) / 1024 / s.users()));
                summary.append(String.format("  of which the open tab: %,d KB, the signed-in session without a tab: %,d KB%n",
                        (holding.bytes() - idle.bytes()) / 1024 / s.users(), (idle.bytes() - end.bytes()) / 1024 / s.users()));
                summary.append(String.format("heap the server grew during the run and kept with no one signed in "
                        + "(thread and request-processor pools, caches): %,d KB; holding minus before the run, per "
                        + "session: %,d KB%n", (end.bytes() - baseline.bytes()) / 1024,
                        (holding.bytes() - baseline.bytes()) / 1024 / s.users()));
            }
            if (s.soak()) {
                summary.append(String.format("heap after the soak minus before: %,d KB%n",
                        (end.bytes() - baseline.bytes()) / 1024));
            }
        }
        System.out.println(summary);
        try {
            Path file = Path.of("target", "load-" + s.mode() + "-summary.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, summary.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Could not write the summary: " + e);
        }
    }

    private static long millisUntil(Instant when) {
        return Math.max(0, Duration.between(Instant.now(), when).toMillis());
    }
}
