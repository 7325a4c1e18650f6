package org.councilworkspace.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The live heap of this JVM by class, as {@code jcmd <pid> GC.class_histogram} reports it after a full GC: what grew
 * between two moments, so a figure of heap growth comes with where it went.
 */
record HeapHistogram(long total, Map<String, Long> bytesByClass) {

    static HeapHistogram take() {
        try {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!jcmd.waitFor(120, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                throw new IllegalStateException("jcmd failed: " + output);
            }
            long total = -1;
            Map<String, Long> bytes = new HashMap<>();
            for (String line : output.split("\n")) {
                String[] cols = line.trim().split("\\s+");
                if (cols.length >= 3 && cols[0].equals("Total")) {
                    total = Long.parseLong(cols[2]);
                } else if (cols.length >= 4 && cols[0].endsWith(":")) {
                    bytes.merge(cols[3], Long.parseLong(cols[2]), Long::sum);
                }
            }
            if (total < 0) {
                throw new IllegalStateException("No total in the class histogram: " + output);
            }
            return new HeapHistogram(total, bytes);
        } catch (IOException e) {
            throw new IllegalStateException("jcmd is not available", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The classes that grew most since {@code before}, largest first, as "name +N KB". */
    List<String> grownSince(HeapHistogram before, int count) {
        return bytesByClass.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.bytesByClass.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(count)
                .map(e -> String.format("%s %+,d KB", e.getKey(), e.getValue() / 1024))
                .toList();
    }
}
