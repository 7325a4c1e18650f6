package org.councilworkspace.base.ui;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.atmosphere.cpr.Action;
import org.atmosphere.cpr.AtmosphereConfig;
import org.atmosphere.cpr.AtmosphereInterceptor;
import org.atmosphere.cpr.AtmosphereResource;
import org.atmosphere.util.ExecutorsFactory;

/**
 * Makes the push layer's shared scheduler drop a cancelled task at once. Atmosphere postpones each open tab's
 * heartbeat whenever something is pushed to it, by cancelling the scheduled one and scheduling another; a
 * cancelled task otherwise waits in the queue until its time (a minute), and a tab receiving live updates
 * left some eighty of them behind. Registered as a push interceptor only to reach the scheduler when the push
 * layer starts; it passes every request on untouched.
 */
public class ForgetCancelledHeartbeats implements AtmosphereInterceptor {

    @Override
    public void configure(AtmosphereConfig config) {
        // Only the shared scheduler: asking for an unshared one would create a pool of its own.
        if (config.framework().isShareExecutorServices()
                && ExecutorsFactory.getScheduler(config) instanceof ScheduledThreadPoolExecutor scheduler) {
            scheduler.setRemoveOnCancelPolicy(true);
        }
    }

    @Override
    public Action inspect(AtmosphereResource resource) {
        return Action.CONTINUE;
    }

    @Override
    public void postInspect(AtmosphereResource resource) {
    }

    @Override
    public void destroy() {
    }
}
