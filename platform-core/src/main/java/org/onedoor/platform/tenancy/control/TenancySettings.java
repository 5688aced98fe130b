package org.onedoor.platform.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How centers are provisioned. */
@ApplicationScoped
public class TenancySettings {

    /** Every step a new center waits for before it opens: each module's migrations and the identity provider. */
    @Inject
    @ConfigProperty(name = "onedoor.tenancy.steps", defaultValue = "admin,reception,cases,identity")
    List<String> steps;

    @Inject
    @ConfigProperty(name = "onedoor.tenancy.parallelism", defaultValue = "4")
    int parallelism;

    @Inject
    @ConfigProperty(name = "onedoor.tenancy.poll-interval-ms", defaultValue = "1000")
    long pollIntervalMillis;

    public List<String> steps() {
        return steps;
    }

    public int parallelism() {
        return Math.max(1, parallelism);
    }

    public Duration pollInterval() {
        return Duration.ofMillis(Math.max(100, pollIntervalMillis));
    }
}
