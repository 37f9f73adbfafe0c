package org.switchboard.search;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.switchboard.domain.search.SearchQuery;

/**
 * Turns a {@link SearchQuery} into a Lucene query: the words through the classic query parser over the one
 * field holding each word's plain, German and English forms (all words must match, in any of their forms;
 * "phrases" and prefix* work; broken syntax is searched as plain words), the filters as exact clauses.
 */
final class QueryBuilder {

    private QueryBuilder() {}

    static Query build(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query words = wordsQuery(q);
        b.add(words == null ? new MatchAllDocsQuery() : words, Occur.MUST);
        if (q.platform() != null) {
            b.add(new TermQuery(new Term(LuceneSearchIndex.PLATFORM, q.platform())), Occur.FILTER);
        }
        if (q.status() != null) {
            b.add(new TermQuery(new Term(LuceneSearchIndex.STATUS, q.status())), Occur.FILTER);
        }
        if (q.unit() != null) {
            b.add(new TermQuery(new Term(LuceneSearchIndex.UNIT, q.unit().toLowerCase(Locale.ROOT))), Occur.FILTER);
        }
        if (q.from() != null) {
            for (String t : analyze(Analyzers.forField(Analyzers.FROM), q.from())) {
                b.add(new TermQuery(new Term(Analyzers.FROM, t)), Occur.FILTER);
            }
        }
        if (q.before() != null || q.after() != null) {
            long from = q.after() == null ? Long.MIN_VALUE : q.after().toEpochMilli();
            long to = q.before() == null ? Long.MAX_VALUE : q.before().toEpochMilli() - 1;
            b.add(LongPoint.newRangeQuery(LuceneSearchIndex.AT, from, to), Occur.FILTER);
        }
        return b.build();
    }

    /** The words part alone (for highlighting), or null when the query has only filters. */
    static Query wordsQuery(SearchQuery q) {
        if (q.words().isBlank()) {
            return null;
        }
        QueryParser parser = new QueryParser(Analyzers.WORDS, Analyzers.shared()) {
            /**
             * A "phrase" is matched by its words' German forms (each word has one, stacked in the field), so it is a
             * plain phrase query: with all the forms it would be a multi-phrase query, three times slower.
             */
            @Override
            protected Query newFieldQuery(Analyzer analyzer, String field, String text, boolean quoted)
                    throws ParseException {
                return super.newFieldQuery(quoted ? Analyzers.forField(Analyzers.DE) : analyzer, field, text, quoted);
            }
        };
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(q.words());
        } catch (ParseException | RuntimeException e) {
            try {
                return parser.parse(QueryParser.escape(q.words()));
            } catch (ParseException e2) {
                return new MatchAllDocsQuery();
            }
        }
    }

    static java.util.List<String> analyze(Analyzer analyzer, String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
