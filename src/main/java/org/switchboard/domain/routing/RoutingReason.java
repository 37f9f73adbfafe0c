package org.switchboard.domain.routing;

import java.util.List;

/**
 * One reason for a unit as data, so that a window can say it in its own language ({@link UnitScore#reasons()} says
 * it in English for the command line): what was said, how it fits which term of the directory, and a note when it
 * counts less. "'Bänke', 'Bank' match keyword 'Bank'" is {@code said = [TEXT Bänke, TEXT Bank], fit = MATCHES,
 * term = keyword Bank}; "3 similar cases went to Grünflächenamt" is {@code fit = WENT_TO, count = 3, term = the
 * unit}; "the reply sends the customer there" is {@code fit = REPLY_POINTS_THERE}.
 *
 * @param said      the words of the text or the tags that matched (at most a few; {@code more} says whether
 *                  there were further ones)
 * @param count     for {@code WENT_TO}: how many similar earlier cases went there; else 0
 */
public record RoutingReason(List<Said> said, boolean more, Fit fit, Term term, Note note, int count) {
    public RoutingReason {
        said = List.copyOf(said);
        note = note == null ? Note.NONE : note;
    }

    /** How what was said fits the term. */
    public enum Fit { MATCHES, CONTAINS, WENT_TO, REPLY_POINTS_THERE }

    /** Why it counts less, if it does. */
    public enum Note { NONE, LOWER_CASE, SAYS_WHERE }

    /** A word of the text ({@code TAG}: a tag of the case) that matched. */
    public record Said(boolean tag, String text) {}

    /** A keyword or category of the directory ({@code person}: whose keyword, or null), or a unit's name. */
    public record Term(String label, boolean category, String person) {}

    /** "The reply sends the customer there" (the deflection check's suggestion of a unit the reply names). */
    public static RoutingReason replyPointsThere(String unitName) {
        return new RoutingReason(List.of(), false, Fit.REPLY_POINTS_THERE, new Term(unitName, false, null), Note.NONE,
                0);
    }
}
