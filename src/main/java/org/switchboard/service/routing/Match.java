package org.switchboard.service.routing;

/**
 * One place where a text names a unit's responsibility: words {@code [first, end)} of the analysed text
 * match {@code term}.
 *
 * @param weight how much it counts before the text's context is considered: 1 for the keyword as written,
 *               less for an inflected form, a category, or a part of a compound word
 */
record Match(Responsibilities.Term term, int first, int end, Fit fit, double weight) {

    /** How the words fit the term. */
    enum Fit {
        /** the same word, up to case, umlauts and ß ("Strasse" for "Straße") */
        EXACT,
        /** the same stem ("Bänke" for "Bank", "potholes" for "pothole") */
        STEM,
        /** the same stem as a German participle ("ausgefallen" for "Ausfall", "lassen" for "gelassen") */
        PARTICIPLE,
        /** the term is the head of a compound ("Parkbänke" contains "Bank") */
        HEAD,
        /** the term is the first part of a compound ("Gehwegplatten" contains "Gehweg") */
        MODIFIER;

        boolean partOfWord() {
            return this == HEAD || this == MODIFIER;
        }
    }

    int length() {
        return end - first;
    }

    /** How the reason says it fits: the word is the term, or contains it. */
    org.switchboard.domain.routing.RoutingReason.Fit reasonFit() {
        return fit.partOfWord() ? org.switchboard.domain.routing.RoutingReason.Fit.CONTAINS
                : org.switchboard.domain.routing.RoutingReason.Fit.MATCHES;
    }
}
