package org.onedoor.platform.i18n.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts in the caller's language. The calling module's own bundle ({@code i18n/module} in the WAR)
 * is searched first, then the platform bundle, so modules can add and override keys. Bundles are
 * found through the context class loader: the platform may be shared by several modules (EAR).
 */
@ApplicationScoped
public class Messages {

    static final String PLATFORM_BUNDLE = "org.onedoor.platform.i18n.messages";

    /** Never fall back to the JVM's default locale: the caller's language decides, not the server's. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    static final String MODULE_BUNDLE = "i18n.module";
    /**
     * The text for {@code key} in {@code locale}; the key itself when no bundle has it. An enum among
     * the arguments reads as its label ({@link Labels}), never as its constant.
     */
    public String text(Locale locale, String key, Object... arguments) {
        for (String bundle : bundles()) {
            try {
                String pattern = ResourceBundle.getBundle(bundle, locale, loader(), NO_FALLBACK)
                        .getString(key);
                return arguments.length == 0
                        ? pattern
                        : new MessageFormat(pattern, locale).format(inWords(locale, arguments));
            } catch (MissingResourceException notInThisBundle) {
                // try the next bundle
            }
        }
        return key;
    }

    private Object[] inWords(Locale locale, Object[] arguments) {
        Object[] words = arguments.clone();
        for (int i = 0; i < words.length; i++) {
            if (words[i] instanceof Enum<?> constant) {
                String label = text(locale, Labels.key(constant));
                words[i] = label.equals(Labels.key(constant)) ? constant.name() : label;
            }
        }
        return words;
    }

    private static List<String> bundles() {
        return List.of(MODULE_BUNDLE, PLATFORM_BUNDLE);
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context == null ? Messages.class.getClassLoader() : context;
    }
}
