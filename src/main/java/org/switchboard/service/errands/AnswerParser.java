package org.switchboard.service.errands;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.domain.ErrandRef;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.Unit;

/**
 * Reads a colleague's answer mail: the errand references in the decoded subject (however mangled:
 * {@code AW: Re: [SB-2026-000142] ERLEDIGT}, no brackets, extra spaces), the action word right after
 * the last reference (English or German, any case), the words above the quoted history, and a unit
 * named in a "not ours". Pure functions; any thread.
 */
final class AnswerParser {
    private static final Pattern REF = Pattern.compile("SB\\s*-\\s*(\\d{4})\\s*-\\s*(\\d{6})",
            Pattern.CASE_INSENSITIVE);
    /** Lines where a mail program starts the quoted history (Outlook, Thunderbird, Apple Mail, Gmail; de and en). */
    private static final Pattern HISTORY = Pattern.compile("^\\s*(-{2,}\\s*(Original(nachricht| Message)?|Ursprüngliche "
            + "Nachricht|Forwarded message|Weitergeleitete Nachricht)\\s*-{2,}.*|_{10,}\\s*|(Von|From):\\s.+|"
            + "(On|Am)\\s.+(wrote|schrieb)( .*)?:\\s*)$", Pattern.CASE_INSENSITIVE);

    /** What the answer said: a status (null when no action word), and whether it was "not ours". */
    record Action(ErrandStatus status, boolean notOurs) {
        static final Action NONE = new Action(null, false);
    }

    private AnswerParser() {}

    /** Every reference in the subject, in order, without repeats. */
    /** Subjects mail programs give out-of-office and other automatic replies, German and English. */
    private static final java.util.regex.Pattern AUTOMATIC_SUBJECT = java.util.regex.Pattern.compile(
            "abwesenheitsnotiz|automatische antwort|out of (the )?office|out-of-office|automatic reply|auto-?reply"
                    + "|autoreply", java.util.regex.Pattern.CASE_INSENSITIVE
                    | java.util.regex.Pattern.UNICODE_CASE);

    /** The out-of-office phrase in the subject (e.g. "Abwesenheitsnotiz"), or null. */
    static String automaticSubject(String subject) {
        java.util.regex.Matcher m = AUTOMATIC_SUBJECT.matcher(subject == null ? "" : subject);
        return m.find() ? m.group() : null;
    }

    static List<ErrandRef> refs(String subject) {
        Set<ErrandRef> out = new LinkedHashSet<>();
        Matcher m = REF.matcher(subject == null ? "" : subject);
        while (m.find()) {
            out.add(new ErrandRef("SB-" + m.group(1) + "-" + m.group(2)));
        }
        return new ArrayList<>(out);
    }

    /** The action word right after the last reference ({@code [REF] DONE}, {@code REF: erledigt}). */
    static Action action(String subject) {
        if (subject == null) {
            return Action.NONE;
        }
        Matcher m = REF.matcher(subject);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        if (end < 0) {
            return Action.NONE;
        }
        return word(subject.substring(end));
    }

    /** The action word a text starts with (after brackets and punctuation), if any. */
    static Action word(String text) {
        String rest = fold(text).replaceFirst("^[\\s\\]\\):\\-–—,.]+", "");
        if (rest.matches("(?s)(not ours|nicht zustandig)\\b.*")) {
            return new Action(ErrandStatus.DECLINED, true);
        }
        if (rest.matches("(?s)(in progress|in bearbeitung)\\b.*")) {
            return new Action(ErrandStatus.IN_PROGRESS, false);
        }
        if (rest.matches("(?s)(received|erhalten)\\b.*")) {
            return new Action(ErrandStatus.ACKNOWLEDGED, false);
        }
        if (rest.matches("(?s)(done|erledigt)\\b.*")) {
            return new Action(ErrandStatus.DONE, false);
        }
        return Action.NONE;
    }

    /** A first line that is nothing but an action word ("Erledigt!"), for answers whose subject lost it. */
    static Action firstLineWord(String text) {
        String first = text == null ? "" : text.strip().lines().findFirst().orElse("");
        String bare = fold(first).replaceAll("[^\\p{L} ]", "").strip();
        return bare.matches("not ours|nicht zustandig|in progress|in bearbeitung|received|erhalten|done|erledigt")
                ? word(bare) : Action.NONE;
    }

    /** Lower case, umlauts folded (ZUSTÄNDIG, ZUSTAENDIG and zustandig read alike), spaces collapsed. */
    static String fold(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("ae", "a").replace("oe", "o").replace("ue", "u");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return t.replaceAll("\\s+", " ").strip();
    }

    /** The words above the quoted history: ">" lines dropped, cut where a mail program starts quoting. */
    static String freshText(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            // Quote markers are short lines; long ones are never tested (no regex work on hostile megabytes).
            if (line.length() <= 300 && HISTORY.matcher(line).matches()) {
                break;
            }
            if (!line.stripLeading().startsWith(">")) {
                out.append(line).append('\n');
            }
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    /**
     * The unit a "not ours" names: its key as a word, its full name, or either part of a bilingual name
     * ("Straßenbauamt (Road Works Office)"), the earliest mention first; never {@code exceptKey}.
     */
    static Unit namedUnit(String text, List<Unit> units, String exceptKey) {
        String folded = " " + fold(text == null ? "" : text) + " ";
        Unit best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Unit u : units) {
            if (u.key().equals(exceptKey)) {
                continue;
            }
            for (String name : names(u)) {
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(fold(name)) + "(?![\\p{L}\\p{N}])")
                        .matcher(folded);
                if (m.find() && m.start() < bestAt) {
                    best = u;
                    bestAt = m.start();
                }
            }
        }
        return best;
    }

    private static List<String> names(Unit u) {
        List<String> names = new ArrayList<>(List.of(u.key(), u.name()));
        Matcher m = Pattern.compile("^(.+?)\\s*\\((.+)\\)\\s*$").matcher(u.name());
        if (m.matches()) {
            names.add(m.group(1));
            names.add(m.group(2));
        }
        return names.stream().filter(n -> n.strip().length() >= 3).toList();
    }
}
