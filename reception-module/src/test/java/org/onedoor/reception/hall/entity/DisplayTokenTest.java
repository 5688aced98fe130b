package org.onedoor.reception.hall.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DisplayTokenTest {

    @Test
    @DisplayName("#22.5 a display token carries 256 random bits, written URL-safe")
    void randomAndUrlSafe() {
        DisplayToken token = DisplayToken.generate();
        assertThat(token.value()).hasSize(DisplayToken.LENGTH).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token.value())).hasSize(32);
        Set<String> seen = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> seen.add(DisplayToken.generate().value()));
        assertThat(seen).as("no token twice").hasSize(1000);
    }

    @Test
    @DisplayName("#22.5 what is kept is the token's SHA-256, the same for the same token, never the token")
    void hashedForKeeping() {
        DisplayToken token = DisplayToken.generate();
        DisplayToken read = DisplayToken.parse(token.value()).orElseThrow();
        assertThat(token.hash()).matches("[0-9a-f]{64}").isEqualTo(read.hash()).doesNotContain(token.value());
        assertThat(DisplayToken.generate().hash()).isNotEqualTo(token.hash());
    }

    @Test
    @DisplayName("#22.5 the SHA-256 is the standard one (a known vector)")
    void standardSha256() {
        // SHA-256 of 43 times "A", computed independently (sha256sum)
        DisplayToken token = DisplayToken.parse("A".repeat(43)).orElseThrow();
        assertThat(token.hash()).isEqualTo("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a");
    }

    @Test
    @DisplayName("#22.5 anything that cannot be a token is refused before any lookup")
    void malformedTokensAreNone() {
        String valid = DisplayToken.generate().value();
        assertThat(DisplayToken.parse(null)).isEmpty();
        assertThat(DisplayToken.parse("")).isEmpty();
        assertThat(DisplayToken.parse(valid.substring(1))).isEmpty();
        assertThat(DisplayToken.parse(valid + "A")).isEmpty();
        assertThat(DisplayToken.parse(valid.substring(1) + "=")).isEmpty();
        assertThat(DisplayToken.parse(valid.substring(1) + "+")).isEmpty();
        assertThat(DisplayToken.parse("' or 1=1 --" + valid.substring(11))).isEmpty();
        assertThat(DisplayToken.parse(valid)).isPresent();
    }

    @Test
    @DisplayName("#22.5 a token never shows in a log line")
    void neverPrinted() {
        DisplayToken token = DisplayToken.generate();
        assertThat(token.toString()).doesNotContain(token.value());
    }
}
