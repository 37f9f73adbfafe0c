package org.switchboard.ui.caseview;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Which addresses may be handed to the browser. Platforms give us URLs from strangers; only web and
 * mail addresses are opened, never {@code file:}, {@code javascript:} or a custom scheme. Any thread.
 */
final class Links {
    private static final Set<String> OPENABLE = Set.of("http", "https", "mailto");

    private Links() {}

    static boolean openable(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            String scheme = URI.create(url.strip()).getScheme();
            return scheme != null && OPENABLE.contains(scheme.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean web(String url) {
        return openable(url) && !url.strip().toLowerCase(Locale.ROOT).startsWith("mailto:");
    }
}
