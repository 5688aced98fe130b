package org.onedoor.reception.matters.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onedoor.platform.i18n.control.Labels;
import org.onedoor.platform.i18n.control.Languages;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.matters.entity.PartyRole;
import org.onedoor.platform.matters.entity.RiskLevel;

/** Every value the front desk shows has words in both languages (issue #22.1). */
class ReceptionLabelsTest {

    static Stream<Enum<?>> constants() {
        return Stream.of(MatterState.class, Channel.class, Grade.class, RiskLevel.class, PartyRole.class)
                .flatMap(type -> Stream.of(type.getEnumConstants()));
    }

    @ParameterizedTest
    @MethodSource("constants")
    @DisplayName("#22.1 every constant the front desk shows has a Chinese and an English label")
    void labelledInBothLanguages(Enum<?> constant) {
        Labels labels = new Labels(new Messages());
        for (var language : List.of(Languages.CHINESE, Languages.ENGLISH)) {
            assertThat(labels.of(language, constant))
                    .as(Labels.key(constant) + " " + language)
                    .isNotEqualTo(Labels.key(constant))
                    .doesNotContain(constant.name());
        }
    }

    @Test
    @DisplayName("#22.1 the desk labels values through #{labels}, not keys built from values")
    void deskUsesLabels() throws IOException {
        String desk = Files.readString(Path.of("src/main/webapp/desk.xhtml"));
        assertThat(desk).doesNotContain("'ui.state.'", "'grade.'", "'risk.'", "'channel.'");
    }
}
