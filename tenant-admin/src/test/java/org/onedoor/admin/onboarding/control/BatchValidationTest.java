package org.onedoor.admin.onboarding.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onedoor.admin.onboarding.entity.SubUnitLine;
import org.onedoor.admin.tenants.control.Delegation;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.Violation;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.Roles;
import org.onedoor.platform.tenancy.entity.DivisionCode;

/** The division-code hierarchy in a file, as the platform operator uploads it beneath 江岸区 (420102). */
class BatchValidationTest {

    private static final Caller OPERATOR =
            new Caller("s-1", "operator", null, Set.of(Roles.PLATFORM_OPERATOR), null, null, Set.of());

    private final BatchValidation validation = new BatchValidation();

    BatchValidationTest() {
        validation.registry = new TenantRegistry() {
            @Override
            public List<Tenant> all(Collection<String> codes) {
                return codes.contains("420102")
                        ? List.of(Tenant.provision(new DivisionCode("420102"), "江岸区", "420100", null, "operator"))
                        : List.of();
            }
        };
        validation.delegation = new Delegation();
    }

    @Test
    void streetsBeneathTheirDistrictAndCommunitiesBeneathTheirStreetPass() {
        assertThatCode(() -> validation.validate(
                        OPERATOR, List.of(line(2, "420102001", "420102"), line(3, "420102001001", "420102001"))))
                .doesNotThrowAnyException();
    }

    @Test
    void aCommunityDirectlyBeneathTheDistrictIsRefusedNamingItsStreet() {
        List<Violation> violations = refused(line(2, "420102001001", "420102"));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("lines[2].parentCode");
            assertThat(violation.messageKey()).isEqualTo("tenant.code.not-beneath.community");
            assertThat(violation.arguments()).containsExactly("420102001001", "420102", "420102001");
        });
    }

    @Test
    void aStreetOrCommunityWithoutParentIsRefusedNamingTheParentItNeeds() {
        List<Violation> violations = refused(line(2, "420102003", null), line(3, "420102003001", " "));

        assertThat(violations)
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("lines[2].parentCode", "tenant.parent.required"),
                        org.assertj.core.groups.Tuple.tuple("lines[3].parentCode", "tenant.parent.required"));
        assertThat(violations.get(1).arguments()).containsExactly("420102003001", "420102003");
    }

    private List<Violation> refused(SubUnitLine... lines) {
        return catchThrowableOfType(() -> validation.validate(OPERATOR, List.of(lines)), InvalidInputException.class)
                .violations();
    }

    private static SubUnitLine line(int number, String code, String parent) {
        return new SubUnitLine(number, code, "中心" + code, null, parent, null, null, null);
    }
}
