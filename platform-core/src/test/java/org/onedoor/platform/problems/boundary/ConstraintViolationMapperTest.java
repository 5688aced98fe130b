package org.onedoor.platform.problems.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field names a client sees for Bean Validation failures: JSON paths, not Java methods. */
class ConstraintViolationMapperTest {

    record Party(@NotBlank String name) {}

    record Registration(
            @NotBlank @Size(max = 4) String code, @Valid List<Party> parties) {}

    @Test
    void fieldIsThePropertyPathWithIndexes() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            var violations = factory.getValidator()
                    .validate(new Registration("toolong", List.of(new Party("李"), new Party(" "))));

            assertThat(violations)
                    .extracting(v -> ConstraintViolationMapper.field(v.getPropertyPath()))
                    .containsExactlyInAnyOrder("code", "parties[1].name");
        }
    }
}
