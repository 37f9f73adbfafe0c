package org.switchboard.service.routing;

import org.switchboard.domain.routing.RoutingReason;

/**
 * One reason to send a problem to a unit, in the parts its sentence is made of: {@code said} {@code fit}
 * {@code term} {@code note} — "'Bänke' matches keyword 'Bank'", "tag 'Müll' matches keyword 'Müll'",
 * "2 similar cases went to Grünflächenamt" ({@code count} 2).
 *
 * @param said    the word of the text or the tag that matched; null for history
 * @param profile the directory term it names, for finding similar cases; null for tags and history
 */
record Evidence(String unitKey, RoutingReason.Said said, RoutingReason.Fit fit, RoutingReason.Term term, int count,
                double weight, RoutingReason.Note note, String profile) {

    /** The reason's words in English (the command line, the log). */
    static String english(RoutingReason r) {
        if (r.fit() == RoutingReason.Fit.REPLY_POINTS_THERE) {
            return "the reply sends the customer there";
        }
        if (r.fit() == RoutingReason.Fit.WENT_TO) {
            return r.count() + (r.count() == 1 ? " similar case" : " similar cases") + " went to " + r.term().label();
        }
        String words = String.join(", ", r.said().stream().map(s -> (s.tag() ? "tag '" : "'") + s.text() + "'")
                .toList()) + (r.more() ? " …" : "");
        boolean plural = r.said().size() > 1;
        String verb = r.fit() == RoutingReason.Fit.CONTAINS ? (plural ? "contain" : "contains")
                : (plural ? "match" : "matches");
        String term = (r.term().category() ? "category '" : "keyword '") + r.term().label() + "'"
                + (r.term().person() == null ? "" : " of " + r.term().person());
        String note = switch (r.note()) {
            case NONE -> "";
            case LOWER_CASE -> " (written in lower case, perhaps not the noun; counts half)";
            case SAYS_WHERE -> " (says where, counts half)";
        };
        return words + " " + verb + " " + term + note;
    }
}
