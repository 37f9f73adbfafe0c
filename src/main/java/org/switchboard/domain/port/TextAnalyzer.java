package org.switchboard.domain.port;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Linguistic analysis of German and English text: the words of a text with their normalised forms, so that
 * "Bänke" can be recognised as "Bank" and "potholes" as "pothole". Implemented by the search layer;
 * the domain and the services only see plain strings. Thread-safe; cheap enough for any thread, but
 * services call it on background threads.
 */
public interface TextAnalyzer {

    /** The words of {@code text} in order. Never null; an empty or null text has no words. */
    Analysis analyse(String text);

    /** Every distinct stem of every word that is not a stop word, in order of first appearance. */
    default List<String> stems(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Word w : analyse(text).words()) {
            if (!w.stopword()) {
                out.addAll(w.stems());
            }
        }
        return List.copyOf(out);
    }

    /**
     * An analysed text.
     *
     * @param language {@code "de"} or {@code "en"} when the text's function words say so, {@code ""} when
     *                 they do not (too short, or mixed evenly)
     */
    record Analysis(String language, List<Word> words) {
        public Analysis {
            language = language == null ? "" : language;
            words = List.copyOf(words);
        }
    }

    /**
     * One word.
     *
     * @param text     the word as written
     * @param start    offset of its first character in the analysed text
     * @param end      offset after its last character
     * @param folded   lower case with umlauts, ß and accents folded ("straße" and "Strasse" both "strasse")
     * @param stems    its stems, German and English, distinct ("bänke" → "bank"; "benches" → "bench")
     * @param stopword a function word of the text's language ("der", "und", "the") that names nothing
     */
    record Word(String text, int start, int end, String folded, List<String> stems, boolean stopword) {
        public Word {
            stems = List.copyOf(stems);
        }
    }
}
