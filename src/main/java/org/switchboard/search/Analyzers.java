package org.switchboard.search;

import java.util.Map;
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

    private Analyzers() {}

    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(org.apache.lucene.analysis.CharArraySet.EMPTY_SET),
                Map.of(DE, german(), EN, english(), PLAIN, plain(), FROM, plain()));
    }

    static Analyzer german() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                s = new GermanNormalizationFilter(s);
                s = new GermanLightStemFilter(s);
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new GermanNormalizationFilter(new LowerCaseFilter(in));
            }
        };
    }

    static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new LowerCaseFilter(s);
                s = new PorterStemFilter(s);
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                s = new GermanNormalizationFilter(s);
                s = new ASCIIFoldingFilter(s);
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new GermanNormalizationFilter(new LowerCaseFilter(in)));
            }
        };
    }
}
