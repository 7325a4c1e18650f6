package org.councilworkspace.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The app's live heap, as the JDK's own tool reports it: {@code jcmd <pid> GC.class_histogram} runs a full GC first,
 * so the total is what is still reachable. Also counts the instances of the classes that would show a leak
 * (UIs, views, sessions). Only works when the app runs on the same machine, under the same user.
 */
final class HeapProbe {

    /** Classes whose instance counts are reported; a leak of tabs or listeners shows in them. */
    static final String[] WATCHED = {
            "com.vaadin.flow.component.UI",
            "com.vaadin.flow.spring.SpringVaadinSession",
            "org.apache.catalina.session.StandardSession",
            "org.councilworkspace.plan.ui.SectionView",
            "org.councilworkspace.plan.ui.PlanView",
            "org.councilworkspace.base.ui.UiBatcher",
            "org.atmosphere.cpr.AtmosphereResourceImpl",
    };

    record Snapshot(long bytes, Map<String, Long> instances) {
        String describe() {
            StringBuilder text = new StringBuilder(String.format("%,d KB live", bytes / 1024));
            instances.forEach((name, count) -> text.append(", ")
                    .append(name.substring(name.lastIndexOf('.') + 1)).append(' ').append(count));
            return text.toString();
        }
    }

    private HeapProbe() {
    }

    /** Takes a histogram and keeps the whole of it in {@code target/load-heap-<label>.txt}, for comparing by class. */
    static Snapshot take(String pid, String label) {
        try {
            Process jcmd = new ProcessBuilder("jcmd", pid, "GC.class_histogram").redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!jcmd.waitFor(120, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                throw new IllegalStateException("jcmd failed: " + output);
            }
            Path file = Path.of("target", "load-heap-" + label + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, output, StandardCharsets.UTF_8);
            long total = -1;
            Map<String, Long> instances = new LinkedHashMap<>();
            for (String name : WATCHED) {
                instances.put(name, 0L);
            }
            for (String line : output.split("\n")) {
                String[] cols = line.trim().split("\\s+");
                if (cols.length >= 3 && cols[0].equals("Total")) {
                    total = Long.parseLong(cols[2]);
                } else if (cols.length >= 4 && instances.containsKey(cols[3])) {
                    instances.put(cols[3], Long.parseLong(cols[1]));
                }
            }
            if (total < 0) {
                throw new IllegalStateException("No total in the class histogram: " + output);
            }
            return new Snapshot(total, instances);
        } catch (IOException e) {
            throw new IllegalStateException("jcmd is not available", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
