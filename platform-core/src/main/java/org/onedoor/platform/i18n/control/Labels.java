package org.onedoor.platform.i18n.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The one place that puts values into words (issue #22.1): a constant of any enum shown to people —
 * a state, channel, grade, risk level, satisfaction, referral, timeline action — is labelled by the
 * bundle key {@code <EnumSimpleName>.<CONSTANT>} (e.g. {@code Grade.SPECIAL}; an enum declared in a
 * class keeps that class's name in front: {@code CaseParty.Field.NAME}), in the module's bundle or the
 * platform's; a role by {@code role.<name>}. Pages ({@code #{labels}}), spreadsheets and the
 * agreement PDF all ask here, so a value reads the same everywhere.
 */
@ApplicationScoped
public class Labels {

    @Inject
    Messages messages;

    public Labels() {}

    /** For code outside CDI (unit tests, documents): the labels of {@code messages}. */
    public Labels(Messages messages) {
        this.messages = messages;
    }

    /** The bundle key of {@code value}: {@code Grade.SPECIAL}. */
    public static String key(Enum<?> value) {
        return key(vocabulary(value.getDeclaringClass()), value.name());
    }

    /** The name an enum's labels go by: {@code Grade}; {@code CaseParty.Field} for one declared in a class. */
    public static String vocabulary(Class<?> type) {
        return type.getEnclosingClass() == null
                ? type.getSimpleName()
                : vocabulary(type.getEnclosingClass()) + "." + type.getSimpleName();
    }

    /** The bundle key of a constant given by name, as views carry it: {@code key("Grade", "SPECIAL")}. */
    public static String key(String vocabulary, String constant) {
        return vocabulary + "." + constant;
    }

    /** {@code value} in words; empty for none. */
    public String of(Locale locale, Enum<?> value) {
        return value == null ? "" : messages.text(locale, key(value));
    }

    /** The constant {@code constant} of the enum named {@code vocabulary} in words; empty for none. */
    public String of(Locale locale, String vocabulary, String constant) {
        return constant == null || constant.isBlank() ? "" : messages.text(locale, key(vocabulary, constant));
    }

    /** A platform role ({@code mediator}) in words. */
    public String role(Locale locale, String role) {
        return role == null ? "" : messages.text(locale, "role." + role);
    }
}
