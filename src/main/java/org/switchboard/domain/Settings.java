package org.switchboard.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.switchboard.domain.queue.QueueSort;

/**
 * The user's preferences, kept in {@code settings.json} in the data folder.
 *
 * @param language {@code de}, {@code en}, or {@code null} for the operating system's language
 * @param theme    {@code light} or {@code dark}
 * @param agent    the name this workstation's agent appears under (assignee, note author)
 * @param views    the agent's own saved views of the queue, in the order they are listed
 */
public record Settings(String language, String theme, String agent, WindowGeometry window, List<CustomView> views) {
    public static final Settings DEFAULTS = new Settings(null, "light", null, null, List.of());
    /** More would not fit the views list, and a settings file is not a database. */
    public static final int MAX_VIEWS = 50;

    public Settings {
        language = Require.blankToNull(language);
        if (language != null && !language.equals("de") && !language.equals("en")) {
            language = null;
        }
        theme = "dark".equals(theme) ? "dark" : "light";
        agent = Require.blankToNull(agent);
        views = distinctNames(Require.copy(views));
    }

    /** Size and position of the main window. */
    public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {}

    /**
     * A queue view the agent saved: a built-in view ({@code base}, e.g. {@code mine}) narrowed by filters,
     * and its sort. Null or false fields do not narrow. Names are unique, ignoring case.
     *
     * @param base     id of the built-in view it narrows ({@code all}, {@code new}, {@code mine} ...)
     * @param statuses the statuses shown; empty for the base view's own
     * @param account  the account's name (names survive a re-added account; ids would not)
     * @param assignee {@code me}, {@code unassigned}, an agent's name, or null for anyone
     */
    public record CustomView(String name, String base, Set<CaseStatus> statuses, Platform platform, String account,
                             String assignee, Priority priority, String tag, boolean openErrand, boolean overdue,
                             QueueSort sort) {
        public static final int MAX_NAME = 60;

        public CustomView {
            name = Require.maxLength(Require.notBlank(name, "view name"), MAX_NAME, "view name").strip();
            base = Require.blankToNull(base) == null ? "all" : base.strip().toLowerCase(Locale.ROOT);
            // A hand-edited file may name a status this version does not know (read as null): it is left out.
            statuses = statuses == null ? Set.of() : statuses.stream().filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            account = Require.maxLength(Require.blankToNull(account), 200, "account");
            assignee = Require.maxLength(Require.blankToNull(assignee), 200, "assignee");
            tag = Require.maxLength(Require.blankToNull(tag), 80, "tag");
            sort = sort == null ? QueueSort.WAITING : sort;
        }

        public CustomView withName(String newName) {
            return new CustomView(newName, base, statuses, platform, account, assignee, priority, tag, openErrand,
                    overdue, sort);
        }
    }

    public Settings withLanguage(String l) {
        return new Settings(l, theme, agent, window, views);
    }

    public Settings withTheme(String t) {
        return new Settings(language, t, agent, window, views);
    }

    public Settings withAgent(String a) {
        return new Settings(language, theme, a, window, views);
    }

    public Settings withWindow(WindowGeometry w) {
        return new Settings(language, theme, agent, w, views);
    }

    public Settings withViews(List<CustomView> v) {
        if (v != null && v.size() > MAX_VIEWS) {
            throw new ValidationException("at most " + MAX_VIEWS + " saved views");
        }
        return new Settings(language, theme, agent, window, v);
    }

    /** A file edited by hand may repeat a name; the first one wins, so renaming and deleting stay unambiguous. */
    private static List<CustomView> distinctNames(List<CustomView> views) {
        Set<String> seen = new HashSet<>();
        List<CustomView> out = new ArrayList<>();
        for (CustomView v : views) {
            if (seen.add(v.name().toLowerCase(Locale.ROOT)) && out.size() < MAX_VIEWS) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }
}
