package org.onedoor.admin.rooms.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onedoor.admin.onboarding.entity.OnboardingBatch;
import org.onedoor.admin.timelimits.entity.Milestone;
import org.onedoor.platform.calendar.entity.DayKind;
import org.onedoor.platform.calendar.entity.LimitUnit;
import org.onedoor.platform.i18n.control.Labels;
import org.onedoor.platform.i18n.control.Languages;
import org.onedoor.platform.i18n.control.Messages;

/** Every value the administration pages show has words in both languages (issue #22.1). */
class AdminLabelsTest {

    static Stream<Enum<?>> constants() {
        return Stream.of(RoomType.class, OnboardingBatch.Status.class, Milestone.class, LimitUnit.class, DayKind.class)
                .flatMap(type -> Stream.of(type.getEnumConstants()));
    }

    @ParameterizedTest
    @MethodSource("constants")
    @DisplayName("#22.1 every room type, batch state, time-limit milestone and unit, and calendar day kind has a"
            + " Chinese and an English label")
    void labelledInBothLanguages(Enum<?> constant) {
        Labels labels = new Labels(new Messages());
        for (var language : List.of(Languages.CHINESE, Languages.ENGLISH)) {
            assertThat(labels.of(language, constant))
                    .as(Labels.key(constant) + " " + language)
                    .isNotEqualTo(Labels.key(constant))
                    .doesNotContain(constant.name());
        }
    }
}
