package org.switchboard.service.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.switchboard.domain.port.TextAnalyzer.Analysis;
import org.switchboard.domain.port.TextAnalyzer.Word;

/**
 * Cuts an analysed text into clauses, the pieces that can each name one problem: sentences, then the
 * parts between commas, colons, dashes, brackets and emoji, then the parts joined by "und", "and",
 * "sowie", "außerdem", "also", "plus" … when both sides say something on their own (at least two words
 * that are not function words), so "Altglas und Altpapier" stays one clause while "die Bank ist kaputt
 * und überall liegt Müll" becomes two.
 *
 * <p>It also marks words that describe a place ("im Bus der Linie 5", "an der Görlitzer Straße"): they
 * say where a problem is rather than what it is.
 */
final class Clauses {
    /** A clause: words {@code [first, end)} of the text, and the characters from {@code start} to {@code stop}. */
    record Clause(int index, int sentence, int first, int end, int start, int stop) {}

    /** Punctuation between two words that ends a clause; only where there is white space too ("7:42" is one). */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.!?;:,()\\[\\]…–—\\p{So}]|\\s-\\s|\\n");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?…]|\\n");
    private static final Set<String> JOINERS = Set.of("und", "oder", "sowie", "ausserdem", "zudem", "aber",
            "and", "or", "also", "plus", "but");
    /** Prepositions that start a place ("am Spielplatz", "at the stop"); folded forms. */
    private static final Set<String> PLACE = Set.of("in", "im", "an", "am", "auf", "bei", "beim", "vor", "hinter",
            "neben", "zwischen", "ab", "zur", "zum", "gegenuber", "entlang", "richtung", "hohe", "ecke", "nahe",
            "at", "on", "near", "outside", "behind", "between", "along", "opposite", "from", "inside", "beside");
    /** How many words after such a preposition can belong to the place. */
    private static final int PLACE_WORDS = 3;
    /** Greetings and thanks: a clause made of them names no problem ("Danke!", "Thanks a lot"). */
    private static final Set<String> COURTESY = Set.of("danke", "dankeschon", "vielen", "thanks", "thank", "thx",
            "hallo", "hello", "hi", "hey", "moin", "servus", "gruss", "grusse", "liebe", "lieber", "guten", "tag",
            "regards", "cheers", "bitte", "please", "ok", "okay", "geehrte", "geehrter", "dear", "mfg", "lg", "vg");
    /** A courtesy clause may add this many words ("Thanks for the quick answer"). */
    private static final int COURTESY_WORDS = 4;

    private final String text;
    private final List<Word> words;
    private final String language;
    private final List<Clause> clauses = new ArrayList<>();
    private final List<int[]> sentences = new ArrayList<>();
    private final boolean[] sentenceStart;
    private final int[] wordSentence;
    private final int[] wordClause;
    private final boolean[] place;

    private Clauses(String text, Analysis analysis) {
        this.text = text;
        this.words = analysis.words();
        this.language = analysis.language();
        this.sentenceStart = new boolean[words.size()];
        this.wordSentence = new int[words.size()];
        this.wordClause = new int[words.size()];
        this.place = new boolean[words.size()];
        split();
        markPlaces();
    }

    static Clauses of(String text, Analysis analysis) {
        return new Clauses(text, analysis);
    }

    List<Clause> all() {
        return clauses;
    }

    /** The text of clauses {@code from} to {@code to}, punctuation between them kept, without a leading "und". */
    String text(Clause from, Clause to) {
        int first = from.first();
        while (first < from.end() - 1 && JOINERS.contains(words.get(first).folded())) {
            first++;
        }
        return text.substring(words.get(first).start(), to.stop());
    }

    /** The whole sentence a clause belongs to, without its closing punctuation. */
    String sentence(int sentence) {
        int[] s = sentences.get(sentence);
        int first = s[0];
        while (first < s[1] - 1 && JOINERS.contains(words.get(first).folded())) {
            first++;
        }
        return text.substring(words.get(first).start(), words.get(s[1] - 1).end());
    }

    /** The sentence a word belongs to. */
    int sentenceOf(int word) {
        return wordSentence[word];
    }

    boolean place(int word) {
        return place[word];
    }

    /**
     * Whether a word is a greeting or thanks in a clause that is little else ("Danke!", "Thanks for the quick
     * answer"): it names no problem, even where "Danke" is a keyword of the press office.
     */
    boolean courtesy(int word) {
        if (!COURTESY.contains(words.get(word).folded())) {
            return false;
        }
        Clause c = clauses.get(wordClause[word]);
        for (int i = c.first(); i < c.end(); i++) {
            Word w = words.get(i);
            if (!w.stopword() && Character.isLetter(w.text().charAt(0))) {
                return COURTESY.contains(w.folded()) && content(c.first(), c.end()) <= COURTESY_WORDS;
            }
        }
        return false;
    }


    /**
     * Whether the writer capitalises German nouns. Only then does a lower-case "rasen" (to speed) differ
     * from the keyword "Rasen" (lawn); people who write everything in lower case mean nouns too.
     */
    boolean capitalisesNouns() {
        if (!language.equals("de")) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String s = words.get(i).text();
            if (!sentenceStart[i] && !words.get(i).stopword() && s.length() > 1 && Character.isUpperCase(s.charAt(0))
                    && !s.equals(s.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private void split() {
        int clauseStart = 0;
        int sentenceFirst = 0;
        for (int i = 0; i <= words.size(); i++) {
            boolean atEnd = i == words.size();
            String gap = atEnd ? "" : text.substring(i == 0 ? 0 : words.get(i - 1).end(), words.get(i).start());
            boolean spaced = gap.chars().anyMatch(Character::isWhitespace);
            boolean newSentence = !atEnd && i > 0 && spaced && SENTENCE_BREAK.matcher(gap).find()
                    && (gap.contains("\n") || Character.isUpperCase(words.get(i).text().charAt(0)));
            if (!atEnd) {
                sentenceStart[i] = i == 0 || newSentence;
            }
            if (atEnd || (i > clauseStart && spaced && CLAUSE_BREAK.matcher(gap).find())) {
                splitAtJoiners(clauseStart, i);
                clauseStart = i;
            }
            if (atEnd || newSentence) {
                if (i > sentenceFirst) {
                    java.util.Arrays.fill(wordSentence, sentenceFirst, i, sentences.size());
                    sentences.add(new int[] {sentenceFirst, i});
                }
                sentenceFirst = i;
            }
        }
    }

    /** Splits words {@code [from, to)} at joining words whose both sides say something on their own. */
    private void splitAtJoiners(int from, int to) {
        int start = from;
        for (int i = from + 1; i < to - 1; i++) {
            if (JOINERS.contains(words.get(i).folded()) && content(start, i) >= 2 && content(i + 1, to) >= 2) {
                addClause(start, i);
                start = i;
            }
        }
        addClause(start, to);
    }

    private int content(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            Word word = words.get(i);
            if (!word.stopword() && !JOINERS.contains(word.folded()) && Character.isLetter(word.text().charAt(0))) {
                n++;
            }
        }
        return n;
    }

    private void addClause(int first, int end) {
        if (end > first) {
            java.util.Arrays.fill(wordClause, first, end, clauses.size());
            // A clause never spans a sentence break: breaks between sentences are clause breaks too.
            clauses.add(new Clause(clauses.size(), sentences.size(), first, end, words.get(first).start(),
                    words.get(end - 1).end()));
        }
    }

    /**
     * After a place preposition, up to three words of the same clause belong to the place. The place ends
     * earlier at a word that is plainly not part of it: in German with capitalised nouns a lower-case word
     * that is not a function word ("in der Straße abgesackt"), in English a verb form in -ing or -ed ("at
     * Marktplatz overflowing").
     */
    private void markPlaces() {
        boolean german = capitalisesNouns();
        for (Clause c : clauses) {
            for (int i = c.first(); i < c.end(); i++) {
                if (!PLACE.contains(words.get(i).folded())) {
                    continue;
                }
                for (int k = i + 1, taken = 0; k < c.end() && taken < PLACE_WORDS; k++, taken++) {
                    Word next = words.get(k);
                    if (PLACE.contains(next.folded()) || JOINERS.contains(next.folded()) || endsPlace(next, german)) {
                        break;
                    }
                    place[k] = true;
                }
            }
        }
    }

    private boolean endsPlace(Word w, boolean german) {
        if (w.stopword() || !Character.isLowerCase(w.text().charAt(0))) {
            return false;
        }
        return german || (!language.equals("de") && (w.folded().endsWith("ing") || w.folded().endsWith("ed")));
    }
}
