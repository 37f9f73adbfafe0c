package org.switchboard.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * How text is analysed for search. Each text is indexed three ways, and a query looks in all three:
 * German stems with umlaut and ß folding ("Bänke" finds "Bank", "Strasse" finds "Straße"), English
 * stems ("benches" finds "bench"), and plain folded words for prefix queries ("Later*").
 */
final class Analyzers {
    static final String DE = "text_de";
    static final String EN = "text_en";
    static final String PLAIN = "text_plain";
    static final String FROM = "from";
    /** The one searched field: every word's plain, German and English forms stacked at its position (ADR 0022). */
    static final String WORDS = "words";

    /** Shared instances (thread-safe: Lucene keeps the token streams per thread and field). */
    private static final Analyzer GERMAN = german();
    private static final Analyzer ENGLISH = english();
    private static final Analyzer PLAIN_WORDS = plain();
    private static final Analyzer STACKED = stacked();
    private static final Analyzer PER_FIELD = perField();

    private Analyzers() {}

    /** The analyzer of each field, shared (a new one per query or snippet would rebuild its token streams). */
    static Analyzer shared() {
        return PER_FIELD;
    }

    /** The shared analyzer of {@code field} ({@link #DE}, {@link #EN}, anything else: plain). */
    static Analyzer forField(String field) {
        return switch (field) {
            case DE -> GERMAN;
            case EN -> ENGLISH;
            case WORDS -> STACKED;
            default -> PLAIN_WORDS;
        };
    }

    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(org.apache.lucene.analysis.CharArraySet.EMPTY_SET),
                Map.of(DE, german(), EN, english(), PLAIN, plain(), FROM, plain(), WORDS, stacked()));
    }

    /**
     * Each word once per distinct form: its plain folded form, then its German and its English stem where they
     * differ, at the same position (like synonyms). A query word thus becomes one term (or a few synonyms) in one
     * field instead of a term in each of three fields; phrases and prefix* (plain normalisation) work as before.
     */
    static Analyzer stacked() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                return new TokenStreamComponents(new StackedForms());
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new GermanNormalizationFilter(new LowerCaseFilter(in)));
            }
        };
    }

    /**
     * Reads the whole text, runs the plain, German and English chains over it (the same tokenizer, no filter
     * drops a word, so their n-th words are the same word) and returns each word's distinct forms stacked.
     */
    private static final class StackedForms extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final List<String> forms = new ArrayList<>();
        private final List<int[]> offsets = new ArrayList<>();
        private int next;
        private int finalOffset;

        @Override
        public void reset() throws IOException {
            super.reset();
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[4096];
            for (int n; (n = input.read(buffer)) != -1; ) {
                text.append(buffer, 0, n);
            }
            String t = text.toString();
            List<String> plain = new ArrayList<>();
            offsets.clear();
            analyse(PLAIN_WORDS, t, plain, offsets);
            List<String> de = analyse(GERMAN, t, new ArrayList<>(), null);
            List<String> en = analyse(ENGLISH, t, new ArrayList<>(), null);
            forms.clear();
            for (int i = 0; i < plain.size(); i++) {
                String p = plain.get(i);
                forms.add(p);
                String d = i < de.size() ? de.get(i) : p;
                String e = i < en.size() ? en.get(i) : p;
                forms.add(d.equals(p) ? null : d);
                forms.add(e.equals(p) || e.equals(d) ? null : e);
            }
            next = 0;
            finalOffset = correctOffset(t.length());
        }

        private static List<String> analyse(Analyzer a, String text, List<String> out, List<int[]> offsets)
                throws IOException {
            try (TokenStream ts = a.tokenStream("stacked", text)) {
                CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    out.add(t.toString());
                    if (offsets != null) {
                        offsets.add(new int[] {o.startOffset(), o.endOffset()});
                    }
                }
                ts.end();
            }
            return out;
        }

        @Override
        public boolean incrementToken() {
            while (next < forms.size() && forms.get(next) == null) {
                next++;
            }
            if (next >= forms.size()) {
                return false;
            }
            clearAttributes();
            int word = next / 3;
            term.setEmpty().append(forms.get(next));
            increment.setPositionIncrement(next % 3 == 0 ? 1 : 0);
            int[] o = offsets.get(word);
            offset.setOffset(correctOffset(o[0]), correctOffset(o[1]));
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(finalOffset, finalOffset);
        }

        @Override
        public void close() throws IOException {
            super.close();
            forms.clear();
            offsets.clear();
        }
    }

    static Analyzer german() {
        return chain(s -> new GermanLightStemFilter(new GermanNormalizationFilter(new LowerCaseFilter(s))),
                s -> new GermanNormalizationFilter(new LowerCaseFilter(s)));
    }

    static Analyzer english() {
        return chain(s -> new PorterStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(s))),
                LowerCaseFilter::new);
    }

    static Analyzer plain() {
        return chain(s -> new ASCIIFoldingFilter(new GermanNormalizationFilter(new LowerCaseFilter(s))),
                s -> new ASCIIFoldingFilter(new GermanNormalizationFilter(new LowerCaseFilter(s))));
    }

    /** A standard tokenizer followed by {@code filters}; {@code normalize} is applied to query terms (prefix*). */
    private static Analyzer chain(UnaryOperator<TokenStream> filters, UnaryOperator<TokenStream> normalize) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return normalize.apply(in);
            }
        };
    }
}
