package org.onedoor.platform.time.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.onedoor.platform.i18n.boundary.LanguageSwitch;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.time.control.HumanTime;

/**
 * Times on pages, in the page's language and the centers' time zone: {@code #{when.of(step.at())}}
 * ({@code 今天 22:50}), {@code #{when.of(period.from())}} for a day ({@code 2026年12月4日}). See {@link
 * HumanTime}.
 */
@Named("when")
@RequestScoped
public class When {

    @Inject
    Messages messages;

    @Inject
    LanguageSwitch language;

    public String of(Object value) {
        return HumanTime.inCenters(messages).of(value, language.getLocale());
    }
}
