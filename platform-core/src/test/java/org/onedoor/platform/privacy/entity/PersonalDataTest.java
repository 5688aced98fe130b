package org.onedoor.platform.privacy.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("#4.8 personal data is masked by default")
class PersonalDataTest {

    @Test
    void namesKeepTheFamilyName() {
        assertThat(PersonalData.maskName("张三")).isEqualTo("张*");
        assertThat(PersonalData.maskName("欧阳娜娜")).isEqualTo("欧***");
        assertThat(PersonalData.maskName("𠀋一")).isEqualTo("𠀋*");
    }

    @Test
    void idNumbersKeepFourAtEachEnd() {
        assertThat(PersonalData.maskIdNumber("420102199003071232")).isEqualTo("4201**********1232");
    }

    @Test
    void mobilesKeepPrefixAndLastFour() {
        assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
        assertThat(PersonalData.maskPhone("027-82812345")).isEqualTo("********2345");
        assertThat(PersonalData.maskPhone("110")).isEqualTo("***");
    }

    @Test
    void addressesKeepOnlyTheBeginning() {
        assertThat(PersonalData.maskAddress("湖北省武汉市江岸区胜利街1号")).isEqualTo("湖北省武汉市****");
        assertThat(PersonalData.maskAddress("胜利街1号")).isEqualTo("胜利****");
    }

    @Test
    void nothingToMaskStaysNothing() {
        assertThat(PersonalData.maskName(null)).isNull();
        assertThat(PersonalData.maskPhone("")).isEmpty();
        assertThat(PersonalData.maskAddress(null)).isNull();
    }
}
