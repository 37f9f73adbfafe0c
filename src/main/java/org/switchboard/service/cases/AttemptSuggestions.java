package org.switchboard.service.cases;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a person says they already tried — "ich habe schon zweimal an das Umweltamt geschrieben",
 * "I already emailed the parks department twice, no answer" — so the agent can record it as an earlier
 * attempt in one click. German and English; a suggestion is only a proposal, the agent confirms it.
 * Plain Java, any thread.
 */
public final class AttemptSuggestions {
    /** A proposed earlier attempt and the sentence it came from. */
    public record Suggestion(String channel, String addressee, Integer times, String result, String quote) {}

    private static final Pattern ATTEMPT = Pattern.compile("(?iu)\\b(geschrieben|angeschrieben|gemailt|"
            + "mail geschickt|e-mail geschickt|mails? (?:an|ans)|angerufen|telefoniert|gemeldet|kontaktiert|"
            + "ausgef[üu]llt|eingereicht|vorbeigegangen|vorgesprochen|war (?:schon |bereits )?(?:beim|im|auf dem)|"
            + "e-?mailed|wrote|written|called|phoned|rang|contacted|reported|submitted|filled (?:in|out)|"
            + "visited|sent (?:an? )?(?:e-?mail|letter|message))\\b");
    private static final Pattern EARLIER = Pattern.compile("(?iu)\\b(schon|bereits|mehrfach|mehrmals|zweimal|dreimal|"
            + "x-mal|vor \\d+|letzte woche|already|twice|three times|several times|multiple times|last week|"
            + "(?:\\d+|two|three) (?:times|weeks|days) ago|before)\\b");
    private static final Pattern OFFICE = Pattern.compile("(?u)\\b(\\p{Lu}[\\p{L}-]*(?:amt|[äa]mter|b[üu]ro|stelle|"
            + "verwaltung|betriebe|telefon|service|hotline|portal|melder))\\b"
            + "|(?iu)\\b(the (?:[\\p{L}-]+ ){1,3}(?:office|department|team|hotline|service|portal|desk))\\b"
            + "|(?iu)\\b(customer service|citizens'? office|lost property|complaints? portal)\\b");
    private static final Pattern NO_ANSWER = Pattern.compile("(?iu)(keine antwort|ohne antwort|nicht geantwortet|"
            + "nichts geh[öo]rt|nie (?:eine )?antwort|keine reaktion|no answer|no reply|no response|never heard back|"
            + "nothing happened|nichts passiert|automatische eingangsbest[äa]tigung|automatic reply)");

    private AttemptSuggestions() {}

    /** The earlier attempts a text mentions, one per addressee, in the order they appear. */
    public static List<Suggestion> in(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> sentences = sentences(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        List<Suggestion> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (!ATTEMPT.matcher(s).find() || !EARLIER.matcher(s).find() && !NO_ANSWER.matcher(s).find()) {
                continue;
            }
            String next = i + 1 < sentences.size() ? sentences.get(i + 1) : "";
            String result = NO_ANSWER.matcher(s).find() || NO_ANSWER.matcher(next).find() ? resultWords(s + " " + next)
                    : null;
            List<String> addressees = addressees(s);
            if (addressees.isEmpty()) {
                addressees = List.of(unknownAddressee(s));
            }
            for (String a : addressees) {
                if (seen.add(a.toLowerCase(Locale.ROOT))) {
                    out.add(new Suggestion(channel(s), a, times(s), result, s.strip()));
                }
            }
        }
        return out;
    }

    private static List<String> sentences(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.GERMAN);
        it.setText(text);
        List<String> out = new ArrayList<>();
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    private static List<String> addressees(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = OFFICE.matcher(s);
        while (m.find()) {
            String hit = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            out.add(hit.replaceFirst("(?i)^the ", "").strip());
        }
        return out;
    }

    private static String unknownAddressee(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.contains("stadt") || l.contains("city") ? "Stadt / city (office not named)" : "not named";
    }

    static String channel(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        if (l.matches("(?s).*(angerufen|telefon|called|phoned|rang|hotline).*")) {
            return "phone";
        }
        if (l.matches("(?s).*(portal|formular|form\\b|mängelmelder|maengelmelder|app\\b|online).*")) {
            return "portal";
        }
        if (l.matches("(?s).*(\\bbrief|letter).*")) {
            return "letter";
        }
        if (l.matches("(?s).*(vorbei|persönlich|vorgesprochen|in person|visited|counter|schalter|war (beim|im)).*")) {
            return "walk-in";
        }
        if (l.matches("(?s).*(mail|geschrieben|wrote|written|schrieb).*")) {
            return "email";
        }
        return "other";
    }

    private static Integer times(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        if (l.contains("zweimal") || l.contains("twice") || l.contains("two times") || l.contains("2x")) {
            return 2;
        }
        if (l.contains("dreimal") || l.contains("three times") || l.contains("3x")) {
            return 3;
        }
        return null;
    }

    private static String resultWords(String s) {
        Matcher m = NO_ANSWER.matcher(s);
        return m.find() ? m.group(1) : null;
    }
}
