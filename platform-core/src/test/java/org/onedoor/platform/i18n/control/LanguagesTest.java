package org.onedoor.platform.i18n.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void chineseUnlessTheCallerPrefersEnglishFirst() {
        assertThat(Languages.choose(List.of())).isEqualTo(Languages.CHINESE);
        assertThat(Languages.choose(List.of(Locale.FRENCH))).isEqualTo(Languages.CHINESE);
        assertThat(Languages.choose(List.of(Locale.US, Locale.CHINA))).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.choose(List.of(Locale.TRADITIONAL_CHINESE, Locale.ENGLISH)))
                .isEqualTo(Languages.CHINESE);
        assertThat(Languages.choose(List.of(Locale.FRENCH, Locale.UK))).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void tagsMapToSupportedLanguages() {
        assertThat(Languages.fromTag("en")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.fromTag("zh-CN")).isEqualTo(Languages.CHINESE);
        assertThat(Languages.fromTag(null)).isEqualTo(Languages.CHINESE);
        assertThat(Languages.fromTag("not a tag")).isEqualTo(Languages.CHINESE);
    }
}
