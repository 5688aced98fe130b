package org.onedoor.admin.tenants.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.Violation;

class SearchTextTest {

    @Test
    void surroundingBlanksAreNotSearchedFor() {
        assertThat(Branches.searchText("  车站路 ")).isEqualTo("车站路");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void nothingToSearchForIsExplainedAtQ(String text) {
        InvalidInputException refused =
                catchThrowableOfType(() -> Branches.searchText(text), InvalidInputException.class);

        assertThat(refused.violations()).extracting(Violation::field).containsExactly("q");
        assertThat(refused.violations()).extracting(Violation::messageKey).containsExactly("tenant.q.required");
    }

    @Test
    void aTextLongerThanAnyNameIsRefused() {
        InvalidInputException refused = catchThrowableOfType(
                () -> Branches.searchText("街".repeat(Branches.SEARCH_LENGTH + 1)), InvalidInputException.class);

        assertThat(refused.violations()).extracting(Violation::messageKey).containsExactly("tenant.q.too-long");
        assertThat(Branches.searchText("街".repeat(Branches.SEARCH_LENGTH))).hasSize(Branches.SEARCH_LENGTH);
    }
}
