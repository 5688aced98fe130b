package org.onedoor.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakInstallTest {

    @TempDir
    Path work;

    @Test
    void unpacksWithoutTheTopDirectoryAndOnlyOnce() throws Exception {
        Path zip = zip("keycloak-26.7.3/bin/kc.sh", "keycloak-26.7.3/conf/keycloak.conf");
        Path home = work.resolve("keycloak");

        assertThat(KeycloakServer.install(zip, home)).isEqualTo(home);
        assertThat(home.resolve("bin/kc.sh")).exists();
        assertThat(home.resolve("conf/keycloak.conf")).exists();

        Files.writeString(home.resolve("conf/keycloak.conf"), "changed");
        Files.delete(zip);
        KeycloakServer.install(zip, home);
        assertThat(home.resolve("conf/keycloak.conf")).hasContent("changed");
    }

    @Test
    void refusesEntriesOutsideTheDistribution() throws Exception {
        Path zip = zip("keycloak/../../evil.sh");

        assertThatThrownBy(() -> KeycloakServer.install(zip, work.resolve("keycloak")))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("outside the distribution");
        assertThat(work.resolve("../evil.sh").normalize()).doesNotExist();
    }

    @Test
    void aMissingDistributionSaysHowToGetIt() {
        assertThatThrownBy(() -> KeycloakServer.install(work.resolve("none.zip"), work.resolve("keycloak")))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("mvn -Prun downloads it");
    }

    private Path zip(String... entries) throws Exception {
        Path zip = work.resolve("dist.zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream zipped = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zipped.putNextEntry(new ZipEntry(entry));
                zipped.write(entry.getBytes(StandardCharsets.UTF_8));
                zipped.closeEntry();
            }
        }
        return zip;
    }
}
