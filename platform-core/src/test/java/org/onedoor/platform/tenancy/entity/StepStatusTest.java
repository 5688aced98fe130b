package org.onedoor.platform.tenancy.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StepStatusTest {

    @Test
    @DisplayName("a step waits or runs until it is done or failed")
    void underway() {
        assertThat(Arrays.stream(StepStatus.values()).filter(StepStatus::isUnderway))
                .containsExactly(StepStatus.PENDING, StepStatus.RUNNING);
    }

    @Test
    @DisplayName("the names are exactly the values the table's check constraint allows")
    void namesAreTheColumnValues() throws IOException {
        String migration;
        try (InputStream in = getClass().getResourceAsStream("/db/platform/V2__tenant_provisioning.sql")) {
            assertThat(in).isNotNull();
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher check = Pattern.compile("status\\s+varchar\\(16\\)\\s+not null check \\(status in \\(([^)]*)\\)\\)")
                .matcher(migration);
        assertThat(check.find()).isTrue();
        assertThat(Arrays.stream(check.group(1).split(","))
                        .map(value -> value.strip().replace("'", "")))
                .containsExactlyInAnyOrder(
                        Arrays.stream(StepStatus.values()).map(Enum::name).toArray(String[]::new));
    }
}
