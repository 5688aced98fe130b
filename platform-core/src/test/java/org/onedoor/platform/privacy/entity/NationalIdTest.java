package org.onedoor.platform.privacy.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "420102199003071232", " 420103200111150044 "})
    @DisplayName("#4.2 numbers with the right GB 11643 check character are accepted")
    void valid(String text) {
        assertThat(NationalId.parse(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "420102199003071233", // wrong check digit
                "110105194912310021", // X expected
                "42010219900307123", // 17 digits
                "4201021990030712321", // 19 digits
                "020102199003071232", // no division starts with 0
                "420102199002301230", // 30 February
                "42010219900307123A",
                ""
            })
    @DisplayName("#4.2 a wrong check character, length, date or digit is refused")
    void invalid(String text) {
        assertThat(NationalId.parse(text)).isEmpty();
        assertThatThrownBy(() -> new NationalId(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        String seventeen = "420102" + LocalDate.now().plusYears(1).getYear() + "0101123";
        assertThat(NationalId.isValid(seventeen + NationalId.checkCharacter(seventeen)))
                .isFalse();
    }

    @Test
    void readsTheBirthDateAndUppercasesX() {
        NationalId id = NationalId.parse("11010519491231002x").orElseThrow();
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    @DisplayName("#4.8 shown masked, also when printed by accident")
    void masked() {
        NationalId id = new NationalId("420102199003071232");
        assertThat(id.masked()).isEqualTo("4201**********1232");
        assertThat(id).hasToString("4201**********1232");
    }
}
