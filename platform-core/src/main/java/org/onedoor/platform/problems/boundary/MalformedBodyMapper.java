package org.onedoor.platform.problems.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.onedoor.platform.problems.entity.Problem;

/** A request body that is not valid JSON for the expected shape: the caller's mistake, not ours. */
@Provider
public class MalformedBodyMapper extends ProblemMapper<JsonbException> {

    @Override
    Problem problem(JsonbException exception, Locale locale) {
        return tooLarge(exception, locale).orElseGet(() -> problems.ofStatus(400, locale, instance(), correlationId()));
    }
}
