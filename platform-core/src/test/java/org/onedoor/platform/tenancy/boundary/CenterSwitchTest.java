package org.onedoor.platform.tenancy.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onedoor.platform.tenancy.entity.Center;
import org.onedoor.platform.tenancy.entity.DivisionCode;
import org.onedoor.platform.tenancy.entity.TenantStatus;

/** Which center a request works in: the address's, else the header's choice, else the first. */
class CenterSwitchTest {

    static final Center JIANGAN = center("420102", "江岸区");
    static final Center DAZHI = center("420102001", "大智街道");
    static final Center CHEZHAN = center("420102002", "车站街道");
    private static final List<Center> MINE = List.of(JIANGAN, DAZHI);

    @Test
    void theCenterTheAddressAsksForWinsOverTheRememberedOne() {
        assertThat(CenterSwitch.choose(MINE, "420102001", "420102")).contains(DAZHI);
    }

    @Test
    void aCenterAskedForThatIsNotMineIsNotReplacedByAnother() {
        assertThat(CenterSwitch.choose(MINE, "420102002", "420102001")).isEmpty();
        assertThat(CenterSwitch.choose(MINE, "not-a-code", null)).isEmpty();
        assertThat(CenterSwitch.choose(List.of(), "420102", null)).isEmpty();
    }

    @Test
    void withoutOneAskedForTheRememberedCenterIsActiveWhenItIsMine() {
        assertThat(CenterSwitch.choose(MINE, null, "420102001")).contains(DAZHI);
    }

    @Test
    void aRememberedCenterThatIsNotMineFallsBackToTheFirst() {
        assertThat(CenterSwitch.choose(MINE, null, "420102002")).contains(JIANGAN);
        assertThat(CenterSwitch.choose(MINE, null, null)).contains(JIANGAN);
        assertThat(CenterSwitch.choose(List.of(), null, "420102")).isEmpty();
    }

    static Center center(String code, String name) {
        return new Center(new DivisionCode(code), name, TenantStatus.ACTIVE, "center_" + code);
    }
}
