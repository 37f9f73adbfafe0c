package org.switchboard.domain;

import java.time.Instant;
import java.util.Locale;

/**
 * A reusable reply with variables such as {@code {contact.name}} or {@code {errand.ref}}, in one language.
 *
 * @param language {@code de} or {@code en}
 * @param shortcut an optional word to find it by in the reply box ({@code /laerm}); null for none
 */
public record Template(long id, String name, String language, String body, String shortcut, Instant createdAt,
                       Instant updatedAt, long version) {
    public static final int MAX_NAME = 120;
    public static final int MAX_BODY = 20_000;
    public static final int MAX_SHORTCUT = 40;

    public Template {
        name = Require.maxLength(Require.notBlank(name, "template name"), MAX_NAME, "template name").strip();
        language = language(language);
        body = Require.maxLength(Require.notBlank(body, "template text"), MAX_BODY, "template text");
        shortcut = Require.maxLength(Require.blankToNull(shortcut), MAX_SHORTCUT, "template shortcut");
        if (shortcut != null) {
            shortcut = shortcut.strip().toLowerCase(Locale.ROOT);
            if (shortcut.startsWith("/")) {
                shortcut = shortcut.substring(1);
            }
            if (!shortcut.matches("[\\p{L}\\d_-]+")) {
                throw new ValidationException("a template shortcut is one word of letters, digits, '-' or '_', not '"
                        + shortcut + "'");
            }
        }
    }

    /** {@code de} or {@code en}; anything else is refused with the fix. */
    public static String language(String language) {
        String l = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!l.equals("de") && !l.equals("en")) {
            throw new ValidationException("a template's language is 'de' or 'en', not '" + language + "'");
        }
        return l;
    }

    public Template edited(String newName, String newLanguage, String newBody, String newShortcut, Instant at) {
        return new Template(id, newName, newLanguage, newBody, newShortcut, createdAt, at, version);
    }
}
