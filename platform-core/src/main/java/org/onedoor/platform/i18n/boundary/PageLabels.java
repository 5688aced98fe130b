package org.onedoor.platform.i18n.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.onedoor.platform.i18n.control.Labels;

/**
 * Values in words on pages, in the page's language: {@code #{labels.of(enumValue)}}, or for views
 * that carry a constant by name {@code #{labels.of('CaseState', view.state())}}; roles with {@code
 * #{labels.role(role)}}. See {@link Labels}.
 */
@Named("labels")
@RequestScoped
public class PageLabels {

    @Inject
    Labels labels;

    @Inject
    LanguageSwitch language;

    /** An enum constant in words; anything else as it is; empty for nothing. */
    public String of(Object value) {
        if (value instanceof Enum<?> constant) {
            return labels.of(language.getLocale(), constant);
        }
        return value == null ? "" : value.toString();
    }

    public String of(String vocabulary, String constant) {
        return labels.of(language.getLocale(), vocabulary, constant);
    }

    public String role(String role) {
        return labels.role(language.getLocale(), role);
    }
}
