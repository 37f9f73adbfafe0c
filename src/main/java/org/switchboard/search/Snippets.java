package org.switchboard.search;

import java.io.IOException;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;

/**
 * The part of a text that matched, with the matching words between « and » (plain text: the window and
 * the command line never render markup). Falls back to the text's beginning.
 */
final class Snippets {
    static final int LENGTH = 160;

    private final Highlighter[] highlighters;

    Snippets(Query words) {
        if (words == null) {
            highlighters = new Highlighter[0];
            return;
        }
        String[] fields = {Analyzers.PLAIN, Analyzers.DE, Analyzers.EN};
        highlighters = new Highlighter[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Highlighter h = new Highlighter(new SimpleHTMLFormatter("«", "»"), new QueryScorer(words, fields[i]));
            h.setTextFragmenter(new SimpleFragmenter(LENGTH));
            h.setMaxDocCharsToAnalyze(50_000);
            highlighters[i] = h;
        }
    }

    String of(String text) {
        if (text == null) {
            return "";
        }
        String[] fields = {Analyzers.PLAIN, Analyzers.DE, Analyzers.EN};
        for (int i = 0; i < highlighters.length; i++) {
            try {
                String best = highlighters[i].getBestFragment(analyzerFor(fields[i]), fields[i], text);
                if (best != null) {
                    return best.replace('\n', ' ').strip();
                }
            } catch (IOException | InvalidTokenOffsetsException e) {
                break;
            }
        }
        String one = text.replace('\n', ' ').strip();
        return one.length() <= LENGTH ? one : one.substring(0, LENGTH) + "…";
    }

    private static org.apache.lucene.analysis.Analyzer analyzerFor(String field) {
        return switch (field) {
            case Analyzers.DE -> Analyzers.german();
            case Analyzers.EN -> Analyzers.english();
            default -> Analyzers.plain();
        };
    }
}
