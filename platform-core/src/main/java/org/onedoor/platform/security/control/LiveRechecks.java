package org.onedoor.platform.security.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the periodic checks of open live connections (websockets): whether their caller may still
 * watch what they watch (ADR 0013). On the container's managed scheduler, so the checks see the
 * module's naming context and data source.
 */
@ApplicationScoped
public class LiveRechecks {

    /** Every connection is checked this often: within the one minute a revocation may take. */
    public static final long EVERY_SECONDS = 15;

    @Resource
    ManagedScheduledExecutorService scheduler;

    public ScheduledFuture<?> every(Runnable check) {
        return scheduler.scheduleWithFixedDelay(check, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }
}
