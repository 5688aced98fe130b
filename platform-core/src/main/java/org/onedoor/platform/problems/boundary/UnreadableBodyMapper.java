package org.onedoor.platform.problems.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onedoor.platform.problems.entity.Problem;

/**
 * Jersey wraps a request body it cannot read as JSON in a {@link ProcessingException}: that is the
 * caller's mistake (400). Any other processing failure is ours and answers like an unexpected error.
 */
@Provider
public class UnreadableBodyMapper extends ProblemMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(UnreadableBodyMapper.class.getName());

    @Override
    Problem problem(ProcessingException exception, Locale locale) {
        Optional<Problem> tooLarge = tooLarge(exception, locale);
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return problems.ofStatus(400, locale, instance(), correlationId());
            }
        }
        String correlationId = correlationId();
        LOG.log(Level.SEVERE, exception, () -> "correlationId=" + correlationId + " processing failed: " + instance());
        return problems.ofStatus(500, locale, instance(), correlationId);
    }
}
