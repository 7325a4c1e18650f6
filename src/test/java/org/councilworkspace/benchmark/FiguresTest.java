package org.councilworkspace.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void percentiles_are_read_by_nearest_rank_whatever_order_the_runs_came_in() {
        double[] millis = new double[200];
        double[] cpu = new double[200];
        boolean[] collected = new boolean[200];
        for (int i = 0; i < 200; i++) {
            millis[i] = 200 - i;
            cpu[i] = (200 - i) / 2.0;
            collected[i] = i < 4;
        }

        Figures.Timing t = Figures.summarise(millis, cpu, collected, 4, 12.0);

        assertThat(t.p50()).isEqualTo(100);
        assertThat(t.p95()).isEqualTo(190);
        assertThat(t.p99()).isEqualTo(198);
        assertThat(t.max()).isEqualTo(200);
        assertThat(t.runs()).isEqualTo(200);
        assertThat(t.cpuP50()).isEqualTo(50);
        // The four runs a collection landed in were the four slowest: 200, 199, 198, 197 ms.
        assertThat(t.runsWithCollection()).isEqualTo(4);
        assertThat(t.p50WithCollection()).isEqualTo(198);
    }
}
