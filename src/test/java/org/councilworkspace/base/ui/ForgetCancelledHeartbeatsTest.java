package org.councilworkspace.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.atmosphere.cpr.AtmosphereConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.util.ExecutorsFactory;
import org.junit.jupiter.api.Test;

class ForgetCancelledHeartbeatsTest {

    @Test
    void a_cancelled_task_leaves_the_push_layers_scheduler_at_once() {
        AtmosphereConfig config = new AtmosphereFramework().getAtmosphereConfig();
        new ForgetCancelledHeartbeats().configure(config);
        ScheduledThreadPoolExecutor scheduler = (ScheduledThreadPoolExecutor) ExecutorsFactory.getScheduler(config);
        try {
            assertThat(scheduler.getRemoveOnCancelPolicy()).isTrue();
            ScheduledFuture<?> heartbeat = scheduler.schedule(() -> { }, 60, TimeUnit.SECONDS);
            assertThat(scheduler.getQueue()).hasSize(1);
            heartbeat.cancel(false);
            assertThat(scheduler.getQueue()).isEmpty();
        } finally {
            scheduler.shutdownNow();
        }
    }
}
