package org.onedoor.cases.i18n;

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
import org.onedoor.cases.casefiles.entity.CaseAction;
import org.onedoor.cases.casefiles.entity.CaseParty;
import org.onedoor.cases.casefiles.entity.CaseState;
import org.onedoor.cases.casefiles.entity.ClockMark;
import org.onedoor.cases.casefiles.entity.Referral;
import org.onedoor.cases.casefiles.entity.Satisfaction;
import org.onedoor.cases.deadlines.entity.NotificationKind;
import org.onedoor.cases.rollups.entity.Period;
import org.onedoor.platform.i18n.control.Labels;
import org.onedoor.platform.i18n.control.Languages;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.matters.entity.PartyRole;
import org.onedoor.platform.matters.entity.RiskLevel;

/** Every value the case module's pages, spreadsheet and agreement show has words in both languages (issue #22.1). */
class CaseLabelsTest {

    static final List<Class<? extends Enum<?>>> SHOWN = List.of(
            CaseState.class,
            CaseAction.class,
            ClockMark.class,
            NotificationKind.class,
            Referral.class,
            Satisfaction.class,
            Channel.class,
            Grade.class,
            RiskLevel.class,
            PartyRole.class,
            CaseParty.Field.class,
            Period.Kind.class);

    private final Messages messages = new Messages();

    static Stream<Enum<?>> constants() {
        return SHOWN.stream().flatMap(type -> Stream.of(type.getEnumConstants()));
    }

    @ParameterizedTest
    @MethodSource("constants")
    @DisplayName("#22.1 every constant shown by the case module has a Chinese and an English label")
    void labelledInBothLanguages(Enum<?> constant) {
        Labels labels = new Labels(messages);
        String chinese = labels.of(Languages.CHINESE, constant);
        String english = labels.of(Languages.ENGLISH, constant);
        assertThat(chinese)
                .as(Labels.key(constant))
                .isNotEqualTo(Labels.key(constant))
                .doesNotContain(constant.name());
        assertThat(english)
                .as(Labels.key(constant))
                .isNotEqualTo(Labels.key(constant))
                .doesNotContain(constant.name());
        assertThat(chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .as(Labels.key(constant) + " in Chinese")
                .isTrue();
    }

    @Test
    @DisplayName("#22.1 the pages label values in one way: no page builds a label key from a value")
    void pagesUseLabels() throws IOException {
        List<String> oldWays = List.of(
                "'ui.state.'",
                "'grade.'",
                "'risk.'",
                "'channel.'",
                "'party.'",
                "'ui.referral.'",
                "'ui.satisfaction.'",
                "'role.'");
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page :
                    pages.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page);
                for (String oldWay : oldWays) {
                    assertThat(text).as(page + " uses #{labels}").doesNotContain(oldWay);
                }
            }
        }
    }
}
