package org.switchboard.domain;

import java.util.regex.Pattern;

/** Checks the stable keys of units and people ({@code roads}, {@code p.mueller}). */
final class DirectoryKey {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private DirectoryKey() {}

    static String check(String key, String field) {
        Require.notBlank(key, field);
        if (!KEY.matcher(key).matches()) {
            throw new ValidationException(field + " '" + key + "' may hold only letters, digits, '.', '_' and '-'"
                    + " (at most 80)");
        }
        return key;
    }

    static String email(String email) {
        String e = Require.blankToNull(email);
        if (e != null && !EMAIL.matcher(e).matches()) {
            throw new ValidationException("'" + email + "' is not an e-mail address");
        }
        return e;
    }

    static Integer dueDays(Integer dueDays) {
        if (dueDays != null && (dueDays < 0 || dueDays > 365)) {
            throw new ValidationException("due days must be between 0 and 365, not " + dueDays);
        }
        return dueDays;
    }
}
