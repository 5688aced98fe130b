package org.onedoor.platform.i18n.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.matters.entity.PartyRole;
import org.onedoor.platform.matters.entity.RiskLevel;
import org.onedoor.platform.security.entity.Roles;
import org.onedoor.platform.tenancy.entity.TenantLevel;
import org.onedoor.platform.tenancy.entity.TenantStatus;

class LabelsTest {

    /** Every enum of the platform whose constants pages, spreadsheets or documents show. */
    static final List<Class<? extends Enum<?>>> LABELLED = List.of(
            Channel.class, Grade.class, RiskLevel.class, PartyRole.class, TenantStatus.class, TenantLevel.class);

    private final Labels labels = new Labels(new Messages());

    static Stream<Enum<?>> constants() {
        return LABELLED.stream().flatMap(type -> Stream.of(type.getEnumConstants()));
    }

    @ParameterizedTest
    @MethodSource("constants")
    @DisplayName("#22.1 every constant of every labelled platform enum has a Chinese and an English label")
    void everyConstantInBothLanguages(Enum<?> constant) throws IOException {
        String key = Labels.key(constant);
        for (String language : List.of("zh", "en")) {
            assertThat(bundle(language).getProperty(key))
                    .as(key + " in " + language)
                    .isNotBlank()
                    .doesNotContain(constant.name());
        }
    }

    @Test
    void theKeyIsTheEnumsSimpleNameAndTheConstant() {
        assertThat(Labels.key(Grade.SPECIAL)).isEqualTo("Grade.SPECIAL");
        assertThat(Labels.key("CaseState", "ACCEPTED")).isEqualTo("CaseState.ACCEPTED");
        assertThat(Labels.key(Nested.Kind.ONE)).isEqualTo("LabelsTest.Nested.Kind.ONE");
    }

    @Test
    void constantsReadAsWordsInTheCallersLanguage() {
        assertThat(labels.of(Languages.CHINESE, Grade.SPECIAL)).isEqualTo("特需门诊");
        assertThat(labels.of(Languages.ENGLISH, Grade.SPECIAL)).isEqualTo("Special (high risk)");
        assertThat(labels.of(Languages.CHINESE, "Channel", "HOTLINE_12345")).isEqualTo("12345 热线");
        assertThat(labels.of(Languages.CHINESE, TenantStatus.SUSPENDED)).isEqualTo("已暂停");
    }

    @Test
    void nothingReadsAsNothing() {
        assertThat(labels.of(Languages.CHINESE, (Enum<?>) null)).isEmpty();
        assertThat(labels.of(Languages.CHINESE, "Grade", null)).isEmpty();
        assertThat(labels.of(Languages.CHINESE, "Grade", " ")).isEmpty();
    }

    @Test
    void everyRoleInBothLanguages() throws IOException {
        for (String role : Roles.ALL) {
            assertThat(bundle("zh").getProperty("role." + role)).as(role).isNotBlank();
            assertThat(bundle("en").getProperty("role." + role)).as(role).isNotBlank();
        }
        assertThat(labels.role(Languages.CHINESE, Roles.MEDIATOR)).isEqualTo("调解员");
    }

    static final class Nested {
        enum Kind {
            ONE
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream(
                "/org/onedoor/platform/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
