package org.onedoor.platform.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CurrentCallerTest {

    @Test
    void aNamePassedAlongByAnotherModuleIsReadBackInChinese() {
        String header = URLEncoder.encode("陈志强", StandardCharsets.UTF_8);
        assertThat(header).isASCII();
        assertThat(CurrentCaller.decoded(header)).isEqualTo("陈志强");
    }

    @Test
    void noOrBrokenNameIsNoName() {
        assertThat(CurrentCaller.decoded(null)).isNull();
        assertThat(CurrentCaller.decoded(" ")).isNull();
        assertThat(CurrentCaller.decoded("%E9%9")).isNull();
    }
}
