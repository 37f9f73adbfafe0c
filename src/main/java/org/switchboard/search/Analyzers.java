package org.switchboard.search;

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

    /** Shared instances (thread-safe: Lucene keeps the token streams per thread and field). */
    private static final Analyzer GERMAN = german();
    private static final Analyzer ENGLISH = english();
    private static final Analyzer PLAIN_WORDS = plain();
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
            default -> PLAIN_WORDS;
        };
    }

    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(org.apache.lucene.analysis.CharArraySet.EMPTY_SET),
                Map.of(DE, german(), EN, english(), PLAIN, plain(), FROM, plain()));
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
