package org.onedoor.cases.casefiles.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The case page shows a broken rule of the API's forms at the component it belongs to: every rule a
 * form has, under the field path the API names it by, leads to a component of {@code case.xhtml}
 * that exists and has its own message (issue #14.2). A renamed field or id fails here, not in a
 * browser.
 */
class CaseFilePageFieldsTest {

    private static final Path PAGE = Path.of("src/main/webapp/case.xhtml");

    static Object[][] actions() {
        return new Object[][] {
            {SessionForm.class, CaseFilePage.SESSION_FIELDS},
            {GradeForm.class, CaseFilePage.GRADING_FIELDS},
            {AgreementForm.class, CaseFilePage.AGREEMENT_FIELDS},
            {ReferralForm.class, CaseFilePage.REFERRAL_FIELDS},
            {FollowUpForm.class, CaseFilePage.FOLLOW_UP_FIELDS},
        };
    }

    @ParameterizedTest
    @MethodSource("actions")
    void everyRuleOfTheFormIsShownAtItsComponent(Class<?> form, Map<String, String> fields) throws IOException {
        assertThat(fields.keySet()).isEqualTo(constrainedPaths(form, ""));
        String page = Files.readString(PAGE);
        for (String clientId : fields.values()) {
            assertThat(clientId).startsWith("actions:");
            String id = clientId.substring("actions:".length());
            assertThat(page).as(clientId).contains("id=\"" + id + "\"").contains("<p:message for=\"" + id + "\"/>");
        }
    }

    @Test
    void regradeSendsOnlyItsOwnInputs() throws IOException {
        Matcher button =
                Pattern.compile("id=\"regrade\"[^>]*process=\"([^\"]*)\"").matcher(Files.readString(PAGE));
        assertThat(button.find()).isTrue();
        assertThat(button.group(1)).isEqualTo("@this regrade-grade regrade-reason");
    }

    /** The field paths Bean Validation reports for {@code form}: {@code performance.manner}. */
    private static Set<String> constrainedPaths(Class<?> form, String prefix) {
        Set<String> paths = new TreeSet<>();
        for (Field field : form.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            String path = prefix + field.getName();
            if (field.isAnnotationPresent(Valid.class)) {
                paths.addAll(constrainedPaths(field.getType(), path + "."));
            } else if (Arrays.stream(field.getAnnotations()).anyMatch(CaseFilePageFieldsTest::isConstraint)) {
                paths.add(path);
            }
        }
        return paths;
    }

    private static boolean isConstraint(Annotation annotation) {
        return annotation.annotationType().getPackageName().equals("jakarta.validation.constraints");
    }
}
