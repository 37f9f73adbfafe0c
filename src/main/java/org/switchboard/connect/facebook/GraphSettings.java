package org.switchboard.connect.facebook;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.switchboard.domain.Account;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * A page account's non-secret connection settings, checked once when the connector is built so a typo
 * shows up as a sentence and not as a strange request later.
 *
 * @param base           the API base without version ({@code graphUrl}, default graph.facebook.com)
 * @param version        the Graph API version ({@code graphVersion}); Meta retires versions, so it is a setting
 * @param pageId         the numeric page id; the page's own posts and replies are recognised by it
 * @param lookback       how far back the first sync reads ({@code lookbackDays}; default: the whole feed,
 *                       following {@code paging.next} to the end — ADR 0009)
 * @param activePostAge  how old a post may be and still be checked for new comments
 *                       ({@code activePostDays}, default 28); polling cannot see comments on older posts
 */
record GraphSettings(HttpUrl base, String version, String pageId, Duration lookback, Duration activePostAge) {
    /** The version Meta's own SDK pins in 2026 (PLATFORM-APIS.md §3); anything from v21 serves these edges. */
    static final String DEFAULT_VERSION = "v25.0";
    static final String DEFAULT_URL = "https://graph.facebook.com";
    private static final Pattern VERSION = Pattern.compile("v\\d{1,3}\\.\\d{1,2}");
    private static final Pattern PAGE_ID = Pattern.compile("\\d{1,40}");

    static GraphSettings of(Account account) {
        Map<String, String> s = account.settings();
        String url = value(s, "graphUrl", DEFAULT_URL);
        HttpUrl base = HttpUrl.parse(url);
        if (base == null) {
            throw invalid("The Graph URL '" + url + "' of '" + account.name() + "' is not an http(s) address.");
        }
        String version = value(s, "graphVersion", DEFAULT_VERSION);
        if (!VERSION.matcher(version).matches()) {
            throw invalid("'" + version + "' is not a Graph API version; write it like " + DEFAULT_VERSION + ".");
        }
        String pageId = value(s, "pageId", "");
        if (!PAGE_ID.matcher(pageId).matches()) {
            throw invalid(pageId.isEmpty()
                    ? "The Facebook account '" + account.name() + "' has no page id; add the numeric id of the page."
                    : "The page id '" + pageId + "' is not a number; use the numeric page id (e.g. 104512345678901).");
        }
        return new GraphSettings(base, version, pageId, Duration.ofDays(days(s, "lookbackDays", WHOLE_FEED_DAYS)),
                Duration.ofDays(days(s, "activePostDays", 28)));
    }

    private static String value(Map<String, String> settings, String key, String fallback) {
        String v = settings.get(key);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    /** "No limit" for the first sync: an item silently left out is worse than an old one in the queue. */
    static final long WHOLE_FEED_DAYS = 36_500;

    private static long days(Map<String, String> settings, String key, long fallback) {
        String v = value(settings, key, Long.toString(fallback));
        try {
            long days = Long.parseLong(v);
            if (days >= 1 && days <= WHOLE_FEED_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // falls through to the sentence below
        }
        throw invalid("The setting " + key + " must be a number of days between 1 and " + WHOLE_FEED_DAYS + ", not '" + v + "'.");
    }

    private static ConnectorException invalid(String words) {
        return new ConnectorException(Kind.CLIENT_ERROR, words);
    }
}
