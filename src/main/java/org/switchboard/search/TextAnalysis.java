package org.switchboard.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.switchboard.domain.port.TextAnalyzer;

/**
 * German and English word analysis with Lucene. Every word runs through three chains over the same
 * tokenizer: folding only (lower case, umlauts, ß, accents), a German chain (normalisation and the light
 * stemmer: "Bänke" → "bank", "Schlaglöcher" → "schlagloch") and an English chain (possessive, Porter:
 * "benches" → "bench"). Both stems are kept because our texts switch language freely and a keyword list
 * mixes both; a German stem that happens to equal an English one does no harm when matching keywords.
 *
 * <p>Stop words are decided by the text's language, guessed from its function words, because the lists
 * collide: "bin" is a German stop word ("ich bin") but an English keyword ("yellow bin").
 *
 * <p>Thread-safe (Lucene analyzers keep per-thread token streams); any thread.
 */
public final class TextAnalysis implements TextAnalyzer, AutoCloseable {
    /** Longer texts are analysed up to here: enough for any real message, bounded for hostile input. */
    public static final int MAX_CHARS = 100_000;

    private static final CharArraySet GERMAN_STOP = GermanAnalyzer.getDefaultStopSet();
    private static final CharArraySet ENGLISH_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    /** StandardTokenizer's type for emoji: they carry mood, not responsibility. */
    private static final String EMOJI = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI];

    private final Analyzer folding = chain(s -> new ASCIIFoldingFilter(new GermanNormalizationFilter(
            new LowerCaseFilter(s))));
    private final Analyzer german = chain(s -> new GermanLightStemFilter(new ASCIIFoldingFilter(
            new GermanNormalizationFilter(new LowerCaseFilter(s)))));
    private final Analyzer english = chain(s -> new PorterStemFilter(new ASCIIFoldingFilter(
            new LowerCaseFilter(new EnglishPossessiveFilter(s)))));

    /** The words of a text (its first {@link #MAX_CHARS} characters). Any thread. */
    @Override
    public Analysis analyse(String text) {
        if (text == null || text.isBlank()) {
            return new Analysis("", List.of());
        }
        String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<Token> folded = tokens(folding, t);
        List<Token> de = tokens(german, t);
        List<Token> en = tokens(english, t);
        // The three chains share the tokenizer and no filter drops a token, so they line up one to one.
        if (de.size() != folded.size() || en.size() != folded.size()) {
            throw new IllegalStateException("analysis chains disagree on the words of a text");
        }
        String language = language(t, folded);
        List<Word> words = new ArrayList<>(folded.size());
        for (int i = 0; i < folded.size(); i++) {
            Token f = folded.get(i);
            if (f.type().equals(EMOJI)) {
                continue;
            }
            Set<String> stems = new LinkedHashSet<>();
            if (language.equals("en")) {
                stems.add(en.get(i).term());
                stems.add(de.get(i).term());
            } else {
                stems.add(de.get(i).term());
                stems.add(en.get(i).term());
            }
            String surface = t.substring(f.start(), f.end());
            words.add(new Word(surface, f.start(), f.end(), f.term(), List.copyOf(stems),
                    stopword(surface.toLowerCase(Locale.ROOT), language)));
        }
        return new Analysis(language, words);
    }

    /** "de" or "en" by counting each language's function words; "" when neither clearly wins. */
    private static String language(String text, List<Token> tokens) {
        int de = 0;
        int en = 0;
        for (Token tok : tokens) {
            String lower = text.substring(tok.start(), tok.end()).toLowerCase(Locale.ROOT);
            boolean inDe = GERMAN_STOP.contains(lower);
            boolean inEn = ENGLISH_STOP.contains(lower);
            if (inDe && !inEn) {
                de++;
            } else if (inEn && !inDe) {
                en++;
            }
        }
        return de > en ? "de" : en > de ? "en" : "";
    }

    /** A word listed in both languages is always a stop word; otherwise the text's language decides. */
    private static boolean stopword(String lower, String language) {
        boolean inDe = GERMAN_STOP.contains(lower);
        boolean inEn = ENGLISH_STOP.contains(lower);
        return (inDe && inEn) || (inDe && language.equals("de")) || (inEn && language.equals("en"));
    }

    private record Token(String term, int start, int end, String type) {}

    private static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), type.type()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory failed", e);
        }
        return out;
    }

    private static Analyzer chain(Function<Tokenizer, TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }
        };
    }

    /** Releases the analyzers' per-thread buffers; when the workspace closes. Any thread. */
    @Override
    public void close() {
        folding.close();
        german.close();
        english.close();
    }
}
