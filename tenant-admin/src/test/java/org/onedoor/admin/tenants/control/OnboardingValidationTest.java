package org.onedoor.admin.tenants.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onedoor.admin.tenants.entity.NewCenter;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.Violation;
import org.onedoor.platform.tenancy.entity.DivisionCode;

class OnboardingValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"420102001", "420102001001"})
    void aStreetOrCommunityCannotBeOpenedWithoutParent(String code) {
        InvalidInputException refused = catchThrowableOfType(
                () -> Onboarding.validate(new NewCenter(code, "某中心", null)), InvalidInputException.class);

        assertThat(refused.violations())
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("parentCode", "tenant.parent.required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"420000", "420100", "420102"})
    void aSixDigitCenterMayStandAtTheTop(String code) {
        assertThat(Onboarding.validate(new NewCenter(code, "某中心", " "))).isEqualTo(new DivisionCode(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"420102", "420100"})
    void aCommunityOutsideItsStreetIsToldWhichStreetItBelongsTo(String parent) {
        Violation violation = Onboarding.notBeneath("code", new DivisionCode("420102001001"), new DivisionCode(parent));

        assertThat(violation.messageKey()).isEqualTo("tenant.code.not-beneath.community");
        assertThat(violation.arguments()).containsExactly("420102001001", parent, "420102001");
    }
}
