package org.onedoor.platform.problems.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onedoor.platform.i18n.control.Languages;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.Problem;
import org.onedoor.platform.problems.entity.Violation;

class ProblemsTest {

    private final Problems problems = new Problems();

    {
        problems.messages = new Messages();
    }

    @Test
    void invalidInputListsEveryFieldInTheCallersLanguage() {
        var invalid = new InvalidInputException(java.util.List.of(
                new Violation("code", "test.greeting", "420102"), new Violation("name", "problem.status.404")));

        Problem problem = problems.of(invalid, Languages.ENGLISH, "/admin/api/v1/tenants", "abc12345");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo(Problem.TYPE_BASE + "invalid-input");
        assertThat(problem.title()).isEqualTo("Invalid input");
        assertThat(problem.correlationId()).isEqualTo("abc12345");
        assertThat(problem.errors())
                .extracting(Problem.FieldError::field, Problem.FieldError::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("code", "Hello, 420102"),
                        org.assertj.core.groups.Tuple.tuple("name", "Not found"));
    }

    @Test
    void unexpectedFailureCarriesOnlyTheCorrelationId() {
        Problem problem = problems.ofStatus(500, Languages.CHINESE, "/cases/api/v1/x", "corr-0001");

        assertThat(problem.type()).isEqualTo(Problem.TYPE_BASE + "unexpected");
        assertThat(problem.title()).isEqualTo("服务器内部错误");
        assertThat(problem.detail()).contains("corr-0001");
        assertThat(problem.errors()).isNull();
    }

    @Test
    void unlistedStatusesStillGetATitle() {
        Problem problem = problems.ofStatus(418, Languages.ENGLISH, "/x", "corr-0002");

        assertThat(problem.title()).isEqualTo("Request failed (HTTP 418)");
        assertThat(problem.detail()).isNull();
    }
}
