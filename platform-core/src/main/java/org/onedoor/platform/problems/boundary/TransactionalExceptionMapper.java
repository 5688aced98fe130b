package org.onedoor.platform.problems.boundary;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.problems.entity.Problem;

/**
 * A failure at the boundary of a {@code @Transactional} method (the commit failed, or the method
 * threw): the caller sees our own exception when there is one inside, otherwise an unexpected error
 * with a correlation id. Registered with a high priority so it wins over Jersey's built-in mapper.
 */
@Provider
@Priority(1)
public class TransactionalExceptionMapper extends ProblemMapper<TransactionalException> {

    private static final Logger LOG = Logger.getLogger(TransactionalExceptionMapper.class.getName());

    @Override
    Problem problem(TransactionalException exception, Locale locale) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OneDoorException known) {
                return problems.of(known, locale, instance(), correlationId());
            }
        }
        String correlationId = correlationId();
        if (TransientFailures.isTransient(exception)) {
            LOG.log(Level.WARNING, () -> "correlationId=" + correlationId + " database busy: " + exception);
            return problems.ofStatus(503, locale, instance(), correlationId);
        }
        LOG.log(Level.SEVERE, exception, () -> "correlationId=" + correlationId + " transaction failed: " + instance());
        return problems.ofStatus(500, locale, instance(), correlationId);
    }
}
