package org.onedoor.platform.problems.boundary;

import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.problems.entity.Problem;

@Provider
public class OneDoorExceptionMapper extends ProblemMapper<OneDoorException> {

    @Override
    Problem problem(OneDoorException exception, Locale locale) {
        return problems.of(exception, locale, instance(), correlationId());
    }
}
