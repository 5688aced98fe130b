package org.onedoor.cases.casefiles.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StepDetailTest {

    /** Labels as "<label of X>", texts with the Chinese patterns, two known centers. */
    private static final StepDetail.Words WORDS = new StepDetail.Words() {
        private final Map<String, String> patterns = Map.of(
                "ui.timeline.regraded", "{0} → {1}",
                "ui.timeline.reason", "{0}：{1}",
                "ui.timeline.escalated-to", "至{0}：{1}",
                "ui.timeline.escalated-from", "自{0}：{1}");
        private final Map<String, String> centers = Map.of("420102", "江岸区", "420102001", "大智街道");

        @Override
        public String label(String vocabulary, String constant) {
            return "<" + vocabulary + "." + constant + ">";
        }

        @Override
        public String text(String key, Object... arguments) {
            return MessageFormat.format(patterns.get(key), arguments);
        }

        @Override
        public String centerName(String code) {
            return centers.getOrDefault(code, code);
        }
    };

    @Test
    @DisplayName("#22.1 a regrading reads as the two grades in words, with its reason")
    void regraded() {
        assertThat(StepDetail.inWords("REGRADED", "ORDINARY → SPECIAL: 矛盾激烈", WORDS))
                .isEqualTo("<Grade.ORDINARY> → <Grade.SPECIAL>：矛盾激烈");
        assertThat(StepDetail.inWords("REGRADED", "ORDINARY → SPECIALIST", WORDS))
                .isEqualTo("<Grade.ORDINARY> → <Grade.SPECIALIST>");
    }

    @Test
    @DisplayName("#22.1 a referral reads as where to, the department, and why")
    void referred() {
        assertThat(StepDetail.inWords("NOT_RESOLVED", "LITIGATION: 分歧大", WORDS)).isEqualTo("<Referral.LITIGATION>：分歧大");
        assertThat(StepDetail.inWords("NOT_RESOLVED", "COMPETENT_DEPARTMENT 区人社局: 劳动争议", WORDS))
                .isEqualTo("<Referral.COMPETENT_DEPARTMENT> 区人社局：劳动争议");
    }

    @Test
    @DisplayName("#22.1 a follow-up's answer in words (the statistics keep reading the constant)")
    void followedUp() {
        assertThat(StepDetail.inWords("FOLLOWED_UP", "VERY_SATISFIED", WORDS))
                .isEqualTo("<Satisfaction.VERY_SATISFIED>");
    }

    @Test
    @DisplayName("#22.1 escalations name centers, not division codes")
    void escalations() {
        assertThat(StepDetail.inWords("ESCALATED", "420102: 提请区级会诊", WORDS)).isEqualTo("至江岸区：提请区级会诊");
        assertThat(StepDetail.inWords("ESCALATED_IN", "420102001: 涉及物业: 多户", WORDS))
                .isEqualTo("自大智街道：涉及物业: 多户");
    }

    @Test
    void whatDoesNotFitIsShownAsItIs() {
        assertThat(StepDetail.inWords("DISPATCHED", "婚姻家庭纠纷调解室", WORDS)).isEqualTo("婚姻家庭纠纷调解室");
        assertThat(StepDetail.inWords("REGISTERED", "A033", WORDS)).isEqualTo("A033");
        assertThat(StepDetail.inWords("REGRADED", "FOO → BAR", WORDS)).isEqualTo("FOO → BAR");
        assertThat(StepDetail.inWords("FOLLOWED_UP", "很满意", WORDS)).isEqualTo("很满意");
        assertThat(StepDetail.inWords("NO_SUCH_ACTION", "x", WORDS)).isEqualTo("x");
        assertThat(StepDetail.inWords("CLOSED", null, WORDS)).isEmpty();
    }
}
