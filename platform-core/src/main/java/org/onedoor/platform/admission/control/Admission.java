package org.onedoor.platform.admission.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How much work this module takes on at once (issue #14.9, ADR 0023). People's and outside systems'
 * requests share one allowance; calls from the other OneDoor modules have their own. Without the
 * split, a burst of registrations took every HTTP thread of the instance while each waited for the
 * administration module, whose answer then found no thread: everyone timed out together. Beyond its
 * allowance a request is refused at once (503, retry shortly) rather than queued, so the work
 * admitted keeps its latency and the refused learn it in milliseconds.
 */
@ApplicationScoped
public class Admission {

    /** One admitted request; {@link #close()} gives its place back. */
    public interface Ticket extends AutoCloseable {
        @Override
        void close();
    }

    @Inject
    @ConfigProperty(name = "onedoor.admission.max-in-flight", defaultValue = "24")
    int maxInFlight;

    @Inject
    @ConfigProperty(name = "onedoor.admission.max-module-calls", defaultValue = "64")
    int maxModuleCalls;

    private Semaphore outside;
    private Semaphore modules;

    @PostConstruct
    void size() {
        outside = new Semaphore(Math.max(1, maxInFlight));
        modules = new Semaphore(Math.max(1, maxModuleCalls));
    }

    /** An allowance of its own, outside the container (the filter's tests). */
    public static Admission sized(int outside, int moduleCalls) {
        Admission admission = new Admission();
        admission.maxInFlight = outside;
        admission.maxModuleCalls = moduleCalls;
        admission.size();
        return admission;
    }

    /** A place for a request, from the modules' allowance when {@code fromModule}; empty when it is full. */
    public Optional<Ticket> admit(boolean fromModule) {
        Semaphore places = fromModule ? modules : outside;
        return places.tryAcquire() ? Optional.of(places::release) : Optional.empty();
    }
}
