package org.onedoor.platform.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onedoor.platform.tenancy.entity.DivisionCode;

/** Whose local days count for a center: those of the district it is, or sits beneath. */
class WorkingCalendarTest {

    @Test
    void aDistrictItsStreetsAndTheirCommunitiesShareTheDistrictsDays() {
        assertThat(WorkingCalendar.districtOf("420102")).contains(new DivisionCode("420102"));
        assertThat(WorkingCalendar.districtOf("420102001")).contains(new DivisionCode("420102"));
        assertThat(WorkingCalendar.districtOf("420102001001")).contains(new DivisionCode("420102"));
    }

    @Test
    void anotherDistrictHasItsOwn() {
        assertThat(WorkingCalendar.districtOf("420103002")).contains(new DivisionCode("420103"));
    }

    @Test
    void citiesAndProvincesHaveNone() {
        assertThat(WorkingCalendar.districtOf("420100")).isEmpty();
        assertThat(WorkingCalendar.districtOf("420000")).isEmpty();
        assertThat(WorkingCalendar.districtOf("nonsense")).isEmpty();
    }
}
