package org.onedoor.platform.i18n.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.problems.entity.Violation;

/**
 * Messages on pages, in the page's language: what happened, or why it did not, field by field for
 * invalid input. The page counterpart of the problem documents of the API.
 */
@Named
@RequestScoped
public class Feedback {

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

    @Inject
    Messages messages;

    @Inject
    LanguageSwitch language;

    public String text(String key, Object... arguments) {
        return messages.text(locale(), key, arguments);
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments), null);
    }

    /** A refusal: its title, and its reason; each broken rule as its own message. */
    public void refused(OneDoorException refusal) {
        if (refusal.violations().isEmpty()) {
            add(
                    null,
                    FacesMessage.SEVERITY_ERROR,
                    text("problem.title." + refusal.kind()),
                    text(refusal.messageKey(), refusal.arguments()));
            return;
        }
        for (Violation violation : refusal.violations()) {
            add(
                    null,
                    FacesMessage.SEVERITY_ERROR,
                    label(violation.field()),
                    text(violation.messageKey(), violation.arguments()));
        }
    }

    /** A field as people call it: {@code lines[12].code} is "第 12 行 区划代码". */
    public String label(String field) {
        Matcher line = LINE_FIELD.matcher(field);
        if (line.matches()) {
            return text("field.line", Integer.parseInt(line.group(1))) + " " + label(line.group(2));
        }
        String key = "field." + field;
        String label = text(key);
        return label.equals(key) ? field : label;
    }

    private Locale locale() {
        return language.getLocale();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, detail));
    }
}
