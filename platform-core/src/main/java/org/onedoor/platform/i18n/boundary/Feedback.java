package org.onedoor.platform.i18n.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onedoor.platform.i18n.control.Labels;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.problems.entity.Violation;

/**
 * Messages on pages, in the page's language: what happened, or why it did not, next to the field
 * for invalid input. The page counterpart of the problem documents of the API.
 */
@Named
@RequestScoped
public class Feedback {

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

    @Inject
    Messages messages;

    @Inject
    LanguageSwitch language;

    @Inject
    Labels labels;

    public String text(String key, Object... arguments) {
        return messages.text(language.getLocale(), key, readable(arguments));
    }

    public void info(String key, Object... arguments) {
        // an empty detail: Faces would repeat the summary as the detail
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments), "");
    }

    /** A refusal as page-wide messages: its title and reason, or each broken rule with its field's name. */
    public void refused(OneDoorException refusal) {
        refused(refusal, Map.of());
    }

    /**
     * A refusal; broken rules about a field that {@code fields} maps (rule field → component client
     * id) are shown at that component and mark the request as failed validation, so a dialog stays
     * open; the others page-wide.
     */
    public void refused(OneDoorException refusal, Map<String, String> fields) {
        if (refusal.violations().isEmpty()) {
            add(
                    null,
                    FacesMessage.SEVERITY_ERROR,
                    text("problem.title." + refusal.kind()),
                    text(refusal.messageKey(), refusal.arguments()));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        for (Violation violation : refusal.violations()) {
            String message = text(violation.messageKey(), violation.arguments());
            String clientId = fields.get(violation.field());
            if (clientId == null) {
                add(null, FacesMessage.SEVERITY_ERROR, label(violation.field()), message);
            } else {
                add(clientId, FacesMessage.SEVERITY_ERROR, message, message);
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
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

    /**
     * A value in a message reads as the page shows it: a center's state "已暂停", a case's "调解中"
     * (any enum constant, by {@link Labels}), not as the code names it.
     */
    private Object[] readable(Object[] arguments) {
        return Arrays.stream(arguments)
                .map(argument ->
                        argument instanceof Enum<?> constant ? labels.of(language.getLocale(), constant) : argument)
                .toArray();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, detail));
    }
}
