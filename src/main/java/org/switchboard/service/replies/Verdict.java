package org.switchboard.service.replies;

import java.util.List;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.routing.UnitScore;

/**
 * The deflection check's judgement of a reply: does it mainly send the customer elsewhere?
 *
 * @param deflection     true when {@code score >= 0.5}
 * @param score          0 (clearly real help) to 1 (clearly only a pointer elsewhere)
 * @param reasons        why, in words, strongest first: what sends the customer elsewhere, what takes ownership,
 *                       where the reply points and whether the contact already tried that
 * @param pointsTo       the places the reply sends the customer to (units of the directory, addresses, portals)
 * @param alreadyTried   earlier attempts of the case's contact at one of those places, in words
 * @param suggestedUnits units to forward the case to internally instead, best first
 * @param why            the signals behind {@code reasons} as data (kind and quoted words), in the same order, for a
 *                       window that says them in its own language; {@code reasons} are English (command line, log)
 * @param tried          the earlier attempts behind {@code alreadyTried}, as data, in the same order
 */
public record Verdict(boolean deflection, double score, List<String> reasons, List<Target> pointsTo,
                      List<String> alreadyTried, List<UnitScore> suggestedUnits, List<Why> why, List<Tried> tried) {
    /** At or above this score a reply counts as a deflection. */
    public static final double THRESHOLD = 0.5;

    /** Every {@link Why#kind()} the check can give (a window needs words for each, in each language). */
    public static List<String> kinds() {
        List<String> all = new java.util.ArrayList<>(ReplySignals.kinds());
        all.addAll(DeflectionScore.KINDS);
        return List.copyOf(all);
    }

    public Verdict {
        if (!(score >= 0 && score <= 1)) {
            throw new ValidationException("a deflection score lies between 0 and 1, not " + score);
        }
        reasons = List.copyOf(reasons);
        pointsTo = List.copyOf(pointsTo);
        alreadyTried = List.copyOf(alreadyTried);
        suggestedUnits = List.copyOf(suggestedUnits);
        why = List.copyOf(why);
        tried = List.copyOf(tried);
    }

    /**
     * One signal of the reply. {@code kind} names it ("redirect", "forwarded", "email", "no-owner" …: the kinds of
     * {@code ReplySignals} and {@code DeflectionScore}); {@code quote} is what in the reply shows it, or null.
     */
    public record Why(String kind, boolean deflecting, String quote) {}

    /** An earlier attempt of the case's contact ({@code contact}: their name, or null) at a place the reply names. */
    public record Tried(String contact, org.switchboard.domain.EarlierAttempt attempt) {}

    /**
     * A place a reply sends the customer to.
     *
     * @param unitKey the directory unit it belongs to, or null (a portal, an address of no known unit)
     * @param name    the unit's name, or what the place is ("online form or portal")
     * @param via     what in the reply names it: the e-mail address, phone number, link or the name as written
     */
    public record Target(String unitKey, String name, String via) {
        /** "Umweltamt (Environment Office) (umweltamt@beispielstadt.example)". */
        public String describe() {
            boolean said = via == null || name.toLowerCase(java.util.Locale.ROOT).contains(via.toLowerCase(java.util.Locale.ROOT));
            return said ? name : name + " (" + via + ")";
        }
    }
}
