package org.onedoor.platform.problems.boundary;

import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onedoor.platform.problems.entity.Problem;

/**
 * Anything nobody expected: the caller gets a correlation id and no internals; the log gets the
 * same id and the whole cause.
 */
@Provider
public class UnexpectedExceptionMapper extends ProblemMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    Problem problem(Throwable exception, Locale locale) {
        Optional<Problem> tooLarge = tooLarge(exception, locale);
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        String correlationId = correlationId();
        if (TransientFailures.isTransient(exception)) {
            LOG.log(Level.WARNING, () -> "correlationId=" + correlationId + " database busy: " + exception);
            return problems.ofStatus(503, locale, instance(), correlationId);
        }
        LOG.log(
                Level.SEVERE,
                exception,
                () -> "correlationId=" + correlationId + " unexpected failure of " + request.getMethod() + " "
                        + instance());
        return problems.ofStatus(500, locale, instance(), correlationId);
    }
}
