package org.onedoor.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

    @TempDir
    Path home;

    @Test
    void generatedOnceThenTheSameOnEveryStart() {
        Path file = home.resolve("secrets.properties");

        String first = Secrets.in(file).get("db-password");
        String again = Secrets.in(file).get("db-password");

        assertThat(first).hasSize(24).isEqualTo(again);
        assertThat(Secrets.in(file).get("other")).isNotEqualTo(first);
    }

    @Test
    void onlyTheOwnerMayReadTheFile() throws Exception {
        Path file = home.resolve("secrets.properties");
        Secrets.in(file).get("x");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void passwordsSatisfyTheRealmPolicy() {
        Secrets secrets = Secrets.in(null);
        for (int i = 0; i < 50; i++) {
            String password = secrets.password("p" + i);
            assertThat(password)
                    .hasSizeGreaterThanOrEqualTo(10)
                    .matches(".*[A-Z].*")
                    .matches(".*[a-z].*");
            assertThat(password).matches(".*[0-9].*");
        }
    }
}
