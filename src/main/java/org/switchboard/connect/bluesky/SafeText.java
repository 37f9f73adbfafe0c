package org.switchboard.connect.bluesky;

import java.util.regex.Pattern;

/** Turns platform-supplied words into something safe to put in a message or a log line. */
final class SafeText {
    /** A JSON Web Token (Bluesky's access and refresh tokens are JWTs): never echoed anywhere. */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_.-]+");
    private static final int MAX = 200;

    private SafeText() {}

    /** One line, at most 200 characters, anything looking like a token replaced; null stays null. */
    static String clip(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String one = JWT.matcher(s).replaceAll("[token]").replaceAll("\\s+", " ").strip();
        return one.length() <= MAX ? one : one.substring(0, MAX) + "…";
    }
}
