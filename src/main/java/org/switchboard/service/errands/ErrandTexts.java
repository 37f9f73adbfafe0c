package org.switchboard.service.errands;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of dossiers, reminders and customer drafts in one language ({@code de} or {@code en}), from
 * {@code org/switchboard/i18n/errands[_de].properties}: a bundle of its own, because these texts leave the
 * workstation and follow the reader's language, not the window's. Arguments are passed as strings, so
 * numbers are never grouped ("case 1,234"). Any thread.
 */
final class ErrandTexts {
    static final String BUNDLE = "org.switchboard.i18n.errands";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ZoneId zone;

    private ErrandTexts(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale.getLanguage().equals("de") ? Locale.GERMAN : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code de} for German, anything else English. */
    static ErrandTexts of(String language, ZoneId zone) {
        return new ErrandTexts("de".equals(language) ? Locale.GERMAN : Locale.ENGLISH, zone);
    }

    String language() {
        return locale.getLanguage().equals("de") ? "de" : "en";
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = args[i] == null ? "" : String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, locale).format(strings);
    }

    /** "Friday, 27 November 2026, 15:30" / "Freitag, 27. November 2026, 15:30". */
    String dateTime(Instant t) {
        String pattern = language().equals("de") ? "EEEE, d. MMMM yyyy, HH:mm" : "EEEE, d MMMM yyyy, HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale).withZone(zone).format(t);
    }

    /** "Friday, 27 November 2026" — for customers, who need the day, not the minute. */
    String date(Instant t) {
        String pattern = language().equals("de") ? "EEEE, d. MMMM yyyy" : "EEEE, d MMMM yyyy";
        return DateTimeFormatter.ofPattern(pattern, locale).withZone(zone).format(t);
    }

    /** "20.11.2026 09:41" / "20 Nov 2026 09:41" — for the lines of a dossier. */
    String shortTime(Instant t) {
        String pattern = language().equals("de") ? "dd.MM.yyyy HH:mm" : "d MMM yyyy HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale).withZone(zone).format(t);
    }
}
