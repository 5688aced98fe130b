package org.onedoor.platform.i18n.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onedoor.platform.matters.entity.Grade;

class MessagesTest {

    private final Messages messages = new Messages();

    @Test
    void platformTextsInBothLanguages() {
        assertThat(messages.text(Languages.CHINESE, "problem.status.404")).isEqualTo("未找到");
        assertThat(messages.text(Languages.ENGLISH, "problem.status.404")).isEqualTo("Not found");
    }

    @Test
    void theServersDefaultLocaleNeverDecides() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(messages.text(Languages.CHINESE, "module.cases")).isEqualTo("案件办理");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void moduleBundleComesFirstAndTakesArguments() {
        assertThat(messages.text(Languages.CHINESE, "app.short")).isEqualTo("测试模块");
        assertThat(messages.text(Languages.ENGLISH, "app.short")).isEqualTo("OneDoor");
        assertThat(messages.text(Languages.CHINESE, "test.greeting", "李敏")).isEqualTo("你好，李敏");
        assertThat(messages.text(Languages.ENGLISH, "test.greeting", "Li Min")).isEqualTo("Hello, Li Min");
    }

    @Test
    void anEnumArgumentReadsAsItsLabel() {
        assertThat(messages.text(Languages.CHINESE, "test.greeting", Grade.SPECIAL))
                .isEqualTo("你好，特需门诊");
        assertThat(messages.text(Languages.CHINESE, "test.greeting", java.time.DayOfWeek.MONDAY))
                .as("an enum without labels keeps its constant")
                .isEqualTo("你好，MONDAY");
    }

    @Test
    void anUnknownKeyIsShownAsItself() {
        assertThat(messages.text(Languages.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void everyPlatformKeyExistsInBothLanguages() throws Exception {
        var chinese = new java.util.Properties();
        var english = new java.util.Properties();
        try (var zh = getClass().getResourceAsStream("/org/onedoor/platform/i18n/messages_zh.properties");
                var en = getClass().getResourceAsStream("/org/onedoor/platform/i18n/messages_en.properties")) {
            chinese.load(new java.io.InputStreamReader(zh, java.nio.charset.StandardCharsets.UTF_8));
            english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(chinese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    }
}
