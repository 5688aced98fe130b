package org.onedoor.reception.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IntakeMatterIdsTest {

    @Test
    @DisplayName("#13.2 a retry of one key in one center finds the same matter id")
    void stableForRetries() {
        assertThat(IntakeMatterIds.of("secret-a", "420102001", "12345-77"))
                .isEqualTo(IntakeMatterIds.of("secret-a", "420102001", "12345-77"));
    }

    @Test
    @DisplayName("#13.2 knowing center and key is not enough to compute the id")
    void notDerivableWithoutTheSecret() {
        UUID id = IntakeMatterIds.of("secret-a", "420102001", "12345-77");
        assertThat(id)
                .isNotEqualTo(UUID.nameUUIDFromBytes("420102001:12345-77".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(IntakeMatterIds.of("secret-b", "420102001", "12345-77"))
                .isNotEqualTo(IntakeMatterIds.of("secret-a", "420102002", "12345-77"))
                .isNotEqualTo(IntakeMatterIds.of("secret-a", "420102001", "12345-78"));
        assertThat(id.version()).isEqualTo(8);
        assertThat(id.variant()).isEqualTo(2);
    }
}
