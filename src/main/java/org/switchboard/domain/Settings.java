package org.switchboard.domain;

/**
 * The user's preferences, kept in {@code settings.json} in the data folder.
 *
 * @param language {@code de}, {@code en}, or {@code null} for the operating system's language
 * @param theme    {@code light} or {@code dark}
 * @param agent    the name this workstation's agent appears under (assignee, note author)
 */
public record Settings(String language, String theme, String agent, WindowGeometry window) {
    public static final Settings DEFAULTS = new Settings(null, "light", null, null);

    public Settings {
        language = Require.blankToNull(language);
        if (language != null && !language.equals("de") && !language.equals("en")) {
            language = null;
        }
        theme = "dark".equals(theme) ? "dark" : "light";
        agent = Require.blankToNull(agent);
    }

    /** Size and position of the main window. */
    public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {}

    public Settings withLanguage(String l) {
        return new Settings(l, theme, agent, window);
    }

    public Settings withTheme(String t) {
        return new Settings(language, t, agent, window);
    }

    public Settings withAgent(String a) {
        return new Settings(language, theme, a, window);
    }

    public Settings withWindow(WindowGeometry w) {
        return new Settings(language, theme, agent, w);
    }
}
