package org.onedoor.platform.time.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.NoSuchElementException;
import java.util.ServiceConfigurationError;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one time zone the centers' days are counted in — tickets, case numbers, time limits,
 * statistics days, the agreement's date — from {@value #PROPERTY} (environment
 * {@code ONEDOOR_TIME_ZONE}), China Standard Time by default (all of China keeps one time). Read once
 * per deployment: entities and pure functions use it without injection.
 */
public final class CenterTime {

    public static final String PROPERTY = "onedoor.time-zone";
    public static final ZoneId DEFAULT = ZoneId.of("Asia/Shanghai");

    private static final ZoneId ZONE = configured();

    private CenterTime() {}

    public static ZoneId zone() {
        return ZONE;
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The calendar day {@code at} falls on in the centers' time zone. */
    public static LocalDate dayOf(OffsetDateTime at) {
        return at.atZoneSameInstant(ZONE).toLocalDate();
    }

    private static ZoneId configured() {
        try {
            return ConfigProvider.getConfig()
                    .getOptionalValue(PROPERTY, String.class)
                    .filter(zone -> !zone.isBlank())
                    .map(ZoneId::of)
                    .orElse(DEFAULT);
        } catch (IllegalStateException | ServiceConfigurationError | NoSuchElementException e) {
            // no MicroProfile Config here (unit tests, tools): the default
            return DEFAULT;
        }
    }
}
