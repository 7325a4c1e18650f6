package org.councilworkspace.benchmark;

import java.io.File;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times an operation after a warm-up and prints p50, p95, p99, max and the number of runs in milliseconds, with
 * the garbage collections that ran during the timed runs (a tail often is a collection landing in a run).
 */
public final class Figures {

    private Figures() {
    }

    /** The figures of one timed operation; percentiles by the nearest-rank method. */
    public record Timing(double p50, double p95, double p99, double max, int runs, long collections,
                         double collectionMillis, int runsWithCollection, double p50WithCollection, double cpuP50,
                         double cpuP95) {

        /** p50, p95, max: the order the older benchmarks read. */
        double[] asArray() {
            return new double[] {p50, p95, max, p99, runs};
        }
    }

    /** As {@link #measure}, returning p50, p95, max, p99 and the number of runs. */
    public static double[] time(String name, int warmUp, int runs, Supplier<?> operation) {
        return measure(name, warmUp, runs, operation).asArray();
    }

    public static Timing measure(String name, int warmUp, int runs, Supplier<?> operation) {
        return measure(name, warmUp, runs, operation, true);
    }

    private static Timing measure(String name, int warmUp, int runs, Supplier<?> operation, boolean inThisJvm) {
        for (int i = 0; i < warmUp; i++) {
            operation.get();
        }
        double[] millis = new double[runs];
        boolean[] collected = new boolean[runs];
        double[] cpu = new double[runs];
        double[] allocated = new double[runs];
        long collectionsBefore = collections();
        double collectionMillisBefore = collectionMillis();
        for (int i = 0; i < runs; i++) {
            long before = collections();
            long allocatedStart = inThisJvm ? allocatedBytes() : 0;
            long cpuStart = processCpu();
            long start = System.nanoTime();
            operation.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (processCpu() - cpuStart) / 1e6;
            allocated[i] = inThisJvm ? allocatedBytes() - allocatedStart : 0;
            collected[i] = collections() != before;
        }
        Timing timing = summarise(millis, cpu, collected, collections() - collectionsBefore,
                collectionMillis() - collectionMillisBefore);
        print(name, timing, inThisJvm);
        if (inThisJvm) {
            // Bytes allocated do not depend on the machine's load, unlike the times: a figure that can be compared
            // between runs on a busy machine. Young collections, and so much of a tail, follow from it.
            double[] sorted = allocated.clone();
            Arrays.sort(sorted);
            System.out.printf("BENCHMARK %-55s allocated per run (all threads): p50 %.2f MB, max %.2f MB%n", "",
                    rank(sorted, 0.50) / 1e6, sorted[runs - 1] / 1e6);
        }
        return timing;
    }

    /**
     * Runs an outside command (the reference a figure is compared with) as often as asked after a warm-up, with its
     * output thrown away; exit codes other than the accepted ones fail the benchmark.
     */
    public static Timing command(String name, int warmUp, int runs, File directory, List<Integer> exitCodes,
                                 String... command) {
        Supplier<Integer> run = () -> {
            try {
                Process process = new ProcessBuilder(command).directory(directory)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                int exit = process.waitFor();
                if (!exitCodes.contains(exit)) {
                    throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
                }
                return exit;
            } catch (IOException e) {
                throw new IllegalStateException("Could not run " + command[0], e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
        return measure(name, warmUp, runs, run, false);
    }

    /** Prints how a figure compares with its reference from the same run. */
    public static void ratio(String name, Timing figure, Timing reference) {
        System.out.printf("BENCHMARK %-55s p50 %.2fx   p95 %.2fx   p99 %.2fx%n", name, figure.p50() / reference.p50(),
                figure.p95() / reference.p95(), figure.p99() / reference.p99());
    }

    static Timing summarise(double[] millis, double[] cpu, boolean[] collected, long collections,
                            double collectionMillis) {
        int runs = millis.length;
        double[] withCollection = new double[runs];
        int n = 0;
        for (int i = 0; i < runs; i++) {
            if (collected[i]) {
                withCollection[n++] = millis[i];
            }
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double[] slow = Arrays.copyOf(withCollection, n);
        Arrays.sort(slow);
        double[] cpuSorted = cpu.clone();
        Arrays.sort(cpuSorted);
        return new Timing(rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99), sorted[runs - 1], runs,
                collections, collectionMillis, n, n == 0 ? 0 : rank(slow, 0.50), rank(cpuSorted, 0.50),
                rank(cpuSorted, 0.95));
    }

    private static double rank(double[] sorted, double percentile) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * percentile) - 1)];
    }

    private static void print(String name, Timing t, boolean inThisJvm) {
        System.out.printf("BENCHMARK %-55s p50 %8.1f ms   p95 %8.1f ms   p99 %8.1f ms   max %8.1f ms   (n = %d)%n",
                name, t.p50(), t.p95(), t.p99(), t.max(), t.runs());
        // CPU of this whole JVM (all threads, the collector and compiler included) against the wall clock: when the
        // wall clock is far above it, the run waited for cores other processes held.
        if (inThisJvm) {
            System.out.printf("BENCHMARK %-55s CPU of the JVM per run: p50 %.1f ms, p95 %.1f ms%n", "", t.cpuP50(),
                    t.cpuP95());
        }
        if (t.collections() > 0) {
            System.out.printf("BENCHMARK %-55s %d collections, %.0f ms in all; %d runs had one (their p50 %.1f ms)%n",
                    "", t.collections(), t.collectionMillis(), t.runsWithCollection(), t.p50WithCollection());
        }
    }

    /**
     * Bytes allocated so far by every live thread of this JVM (the pool threads that diff sections in parallel
     * included); the difference over a run is what the run allocated, give or take the JVM's own background threads.
     */
    public static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, bytes);
        }
        return sum;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long collections() {
        long count = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
        }
        return count;
    }

    private static double collectionMillis() {
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, gc.getCollectionTime());
        }
        return millis;
    }

    /** The heap in use after a few collections, for memory held by what is still referenced. */
    public static long usedHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
