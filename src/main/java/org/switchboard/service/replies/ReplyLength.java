package org.switchboard.service.replies;

/**
 * How long a reply is as its platform counts it.
 *
 * @param used      the length by the platform's rules (graphemes, weighted characters, bytes …)
 * @param limit     the platform's limit, 0 when there is none (e-mail)
 * @param remaining what is left, negative when over
 * @param over      true when the platform would refuse the text as too long
 * @param unit      what is counted, in words ("characters", "weighted characters", "bytes")
 */
public record ReplyLength(int used, int limit, int remaining, boolean over, String unit) {

    static ReplyLength of(int used, int limit, String unit) {
        return limit <= 0 ? new ReplyLength(used, 0, Integer.MAX_VALUE, false, unit)
                : new ReplyLength(used, limit, limit - used, used > limit, unit);
    }

    /** True when the platform has a limit at all. */
    public boolean limited() {
        return limit > 0;
    }

    /** "character" for one, else "characters" (the unit is an English plural). */
    private String unit(int n) {
        return n == 1 && unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    }

    /** "212 of 300 characters used, 88 left", "12 characters over the limit of 300", "1200 characters". */
    public String words() {
        if (!limited()) {
            return used + " " + unit(used);
        }
        return over ? -remaining + " " + unit(-remaining) + " over the limit of " + limit
                : used + " of " + limit + " " + unit + " used, " + remaining + " left";
    }
}
