package org.switchboard.service.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The strings people read, from {@code org/switchboard/i18n/messages[_de].properties}. German and English;
 * any other locale falls back to English. A missing key shows as {@code !key!} instead of failing, and a
 * test keeps both languages complete.
 */
public final class Texts {
    public static final String BUNDLE = "org.switchboard.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code de} for German, anything else English; {@code null} takes the operating system's language. */
    public static Texts forLanguage(String language) {
        return new Texts(locale(language));
    }

    public static Locale locale(String language) {
        String lang = language != null ? language : Locale.getDefault().getLanguage();
        return "de".equals(lang) ? Locale.GERMAN : Locale.ROOT;
    }

    public Locale locale() {
        return locale == Locale.ROOT ? Locale.ENGLISH : locale;
    }

    public String language() {
        return locale == Locale.GERMAN ? "de" : "en";
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }
}
