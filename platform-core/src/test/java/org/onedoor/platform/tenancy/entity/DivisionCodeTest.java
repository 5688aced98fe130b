package org.onedoor.platform.tenancy.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

    @ParameterizedTest
    @CsvSource({
        "420000, PROVINCE",
        "420100, CITY",
        "420102, DISTRICT",
        "429004, DISTRICT",
        "420102001, STREET",
        "420102001001, COMMUNITY"
    })
    void theCodeTellsTheLevel(String code, TenantLevel level) {
        assertThat(new DivisionCode(code).level()).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "42010", "4201020", "42010200a", "000000", "420102000", "420102001000", "4201020010011"})
    void malformedCodesAreRefused(String code) {
        assertThat(DivisionCode.isWellFormed(code)).isFalse();
        assertThat(DivisionCode.parse(code)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "420100, 420000, true", // 武汉市 under 湖北省
        "420102, 420100, true", // 江岸区 under 武汉市
        "429004, 420000, true", // 仙桃市, a county-level city directly under the province
        "420102001, 420102, true", // a street under its district
        "441900003, 441900, true", // 东莞: towns directly under a city without districts
        "420102001001, 420102001, true", // a community under its street
        "420103001, 420102, false", // a street of 江汉区 under 江岸区
        "420102001001, 420102002, false", // a community under the wrong street
        "420102, 420102, false", // not its own child
        "420100, 420102, false", // a city under a district
        "430102, 420100, false", // another province's district
        "420102001001, 420102, false", // a community skipping its street
        "420102001001, 420100, false", // a community beneath a city
        "420102001, 420100, false", // a street skipping its district
        "420102001, 420000, false", // a street beneath a province
        "420000001, 420000, false" // a province's code cannot stand for a district
    })
    void aChildRepeatsItsParentsPrefixAndSitsLower(String child, String parent, boolean allowed) {
        assertThat(new DivisionCode(child).mayBeChildOf(new DivisionCode(parent)))
                .isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"420000, true", "420100, true", "420102, true", "420102001, false", "420102001001, false"})
    void onlySixDigitCentersStandAtTheTop(String code, boolean topLevel) {
        assertThat(new DivisionCode(code).mayBeTopLevel()).isEqualTo(topLevel);
    }

    @ParameterizedTest
    @CsvSource({"420102001, 420102", "420102001001, 420102001", "441900003, 441900"})
    void streetsAndCommunitiesNameTheirParent(String child, String parent) {
        assertThat(new DivisionCode(child).requiredParent()).contains(new DivisionCode(parent));
    }

    @ParameterizedTest
    @ValueSource(strings = {"420000", "420100", "420102"})
    void sixDigitCodesNameNoSingleParent(String code) {
        assertThat(new DivisionCode(code).requiredParent()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {" 420102 ", "420102"})
    void surroundingBlanksAreTolerated(String text) {
        assertThat(DivisionCode.parse(text)).contains(new DivisionCode("420102"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"420102001001"})
    void theSchemaIsNamedAfterTheCode(String code) {
        assertThat(new DivisionCode(code).schemaName()).isEqualTo("t_420102001001");
    }
}
