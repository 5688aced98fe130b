package org.onedoor.admin.identities.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.onedoor.platform.problems.entity.Violation;

/**
 * The one rule for the accounts OneDoor names or creates: the members page, the members API, a new
 * center's first administrator and bulk onboarding lines all check a person's username, email and
 * name here, before anything reaches the identity provider.
 */
public final class AccountRules {

    /** Lower-case letters, digits and {@code . _ @ -}, 2 to 63 characters, starting with a letter or digit. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,62}");

    public static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    public static final int EMAIL_LENGTH = 254;

    /** A person's display name, as far as OneDoor keeps it. */
    public static final int NAME_LENGTH = 100;

    private AccountRules() {}

    /** The username as accounts are named: stripped, lower case; null when blank. */
    public static String normalized(String username) {
        return username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean validUsername(String username) {
        String login = normalized(username);
        return login != null && USERNAME.matcher(login).matches();
    }

    public static boolean validEmail(String email) {
        if (email == null || email.isBlank()) {
            return true;
        }
        String stripped = email.strip();
        return stripped.length() <= EMAIL_LENGTH && EMAIL.matcher(stripped).matches();
    }

    public static boolean validName(String name) {
        return name == null || name.strip().length() <= NAME_LENGTH;
    }

    /**
     * Every rule the given person breaks, each naming its field; {@code prefix} is the message key's
     * start ({@code member} or {@code tenant.administrator}).
     */
    public static List<Violation> check(
            String prefix,
            String usernameField,
            String username,
            String emailField,
            String email,
            String nameField,
            String name) {
        List<Violation> violations = new ArrayList<>();
        if (username != null && !username.isBlank() && !validUsername(username)) {
            violations.add(new Violation(usernameField, prefix + ".username.invalid"));
        }
        if (!validEmail(email)) {
            violations.add(new Violation(emailField, prefix + ".email.invalid"));
        }
        if (!validName(name)) {
            violations.add(new Violation(nameField, prefix + ".name.too-long", NAME_LENGTH));
        }
        return violations;
    }
}
