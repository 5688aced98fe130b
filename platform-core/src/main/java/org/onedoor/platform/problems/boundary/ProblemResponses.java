package org.onedoor.platform.problems.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.onedoor.platform.problems.entity.Problem;

/** A problem document written by a servlet or filter, where no JAX-RS exception mapper runs. */
public final class ProblemResponses {

    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try (Jsonb json = JsonbBuilder.create()) {
            response.getWriter().write(json.toJson(problem));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private ProblemResponses() {}
}
