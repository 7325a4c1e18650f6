package org.councilworkspace.benchmark;

import java.util.Arrays;
import java.util.function.Supplier;

/** Times an operation after a warm-up and prints p50, p95 and max in milliseconds. */
public final class Figures {

    private Figures() {
    }

    public static double[] time(String name, int warmUp, int runs, Supplier<?> operation) {
        for (int i = 0; i < warmUp; i++) {
            operation.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            operation.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double[] result = {millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1], millis[runs - 1]};
        System.out.printf("BENCHMARK %-55s p50 %8.1f ms   p95 %8.1f ms   max %8.1f ms   (%d runs)%n", name,
                result[0], result[1], result[2], runs);
        return result;
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
