package org.switchboard.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The part of a text that matched, with the matching words between « and » (plain text: the window and
 * the command line never render markup). Falls back to the text's beginning.
 *
 * <p>A word matches when one of its analysed forms (plain, German or English, as indexed) is a term of the query,
 * or matches a prefix* of it. The text is only tokenised, once: no
 * scoring and no in-memory index per hit, as Lucene's {@code Highlighter} with a {@code QueryScorer} would do
 * (the most expensive part of a search before, ADR 0022). The words of a "phrase" are marked wherever they occur.
 */
final class Snippets {
    static final int LENGTH = 160;
    /** How much of a long text is looked at for matches. */
    static final int MAX_CHARS = 50_000;
    /** How far before the first match a snippet may start, so the match has some context. */
    private static final int LEAD = 40;

    private static final List<String> FIELDS = List.of(Analyzers.WORDS);

    /** Per field: the exact terms and the patterns (prefix*) to mark. */
    private final Map<String, Set<BytesRef>> terms;
    private final Map<String, List<ByteRunAutomaton>> patterns;

    Snippets(Query words) {
        Map<String, Set<BytesRef>> t = new java.util.HashMap<>();
        Map<String, List<ByteRunAutomaton>> p = new java.util.HashMap<>();
        if (words != null) {
            words.visit(new Collector(t, p));
        }
        this.terms = t;
        this.patterns = p;
    }

    /** Gathers the terms of every clause that must or may match (not those that must not). */
    private static final class Collector extends QueryVisitor {
        private final Map<String, Set<BytesRef>> terms;
        private final Map<String, List<ByteRunAutomaton>> patterns;

        Collector(Map<String, Set<BytesRef>> terms, Map<String, List<ByteRunAutomaton>> patterns) {
            this.terms = terms;
            this.patterns = patterns;
        }

        @Override
        public boolean acceptField(String field) {
            return FIELDS.contains(field);
        }

        @Override
        public void consumeTerms(Query query, Term... found) {
            for (Term term : found) {
                terms.computeIfAbsent(term.field(), f -> new HashSet<>()).add(BytesRef.deepCopyOf(term.bytes()));
            }
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            patterns.computeIfAbsent(field, f -> new ArrayList<>()).add(automaton.get());
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
        }
    }

    String of(String text) {
        if (text == null) {
            return "";
        }
        List<int[]> marks = marks(text);
        if (marks.isEmpty()) {
            String one = text.replace('\n', ' ').strip();
            return one.length() <= LENGTH ? one : one.substring(0, LENGTH) + "…";
        }
        return fragment(text, marks);
    }

    /** The matching words as sorted, non-overlapping [start, end) character ranges. */
    private List<int[]> marks(String text) {
        String scanned = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<int[]> found = new ArrayList<>();
        for (String field : FIELDS) {
            Set<BytesRef> exact = terms.getOrDefault(field, Set.of());
            List<ByteRunAutomaton> like = patterns.getOrDefault(field, List.of());
            if (exact.isEmpty() && like.isEmpty()) {
                continue;
            }
            try (TokenStream ts = Analyzers.forField(field).tokenStream(field, scanned)) {
                TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    BytesRef b = term.getBytesRef();
                    if (exact.contains(b) || matchesAny(like, b)) {
                        found.add(new int[] {offset.startOffset(), offset.endOffset()});
                    }
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] m : found) {
            if (!merged.isEmpty() && m[0] < merged.getLast()[1]) {
                merged.getLast()[1] = Math.max(merged.getLast()[1], m[1]);
            } else {
                merged.add(m);
            }
        }
        return merged;
    }

    private static boolean matchesAny(List<ByteRunAutomaton> automata, BytesRef b) {
        for (ByteRunAutomaton a : automata) {
            if (a.run(b.bytes, b.offset, b.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * About {@link #LENGTH} characters around the part with the most matching words, starting at a word shortly
     * before the first of them, the matches between « and », on one line.
     */
    private static String fragment(String text, List<int[]> marks) {
        int best = 0;
        int bestCount = 0;
        for (int i = 0, j = 0; i < marks.size(); i++) {
            while (j < marks.size() && marks.get(j)[1] - marks.get(i)[0] <= LENGTH - LEAD) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = i;
            }
        }
        int first = marks.get(best)[0];
        int start = text.length() <= LENGTH ? 0 : Math.max(0, Math.min(first - LEAD, text.length() - LENGTH));
        if (start > 0) { // begin at a word
            int space = text.lastIndexOf(' ', start);
            int sentence = Math.max(text.lastIndexOf(". ", first), text.lastIndexOf('\n', first));
            start = sentence >= start ? sentence + 1 : space < 0 ? start : space + 1;
        }
        int end = Math.min(text.length(), start + LENGTH);
        if (end < text.length()) { // end after a word
            int space = text.lastIndexOf(' ', end);
            end = space > first ? space : end;
        }
        StringBuilder s = new StringBuilder(LENGTH + 20);
        int at = start;
        for (int[] m : marks) {
            if (m[1] <= start || m[0] >= end) {
                continue;
            }
            int from = Math.max(m[0], start);
            int to = Math.min(m[1], end);
            s.append(text, at, from).append('«').append(text, from, to).append('»');
            at = to;
        }
        s.append(text, at, end);
        String one = s.toString().replace('\n', ' ').strip();
        return (start > 0 ? "…" : "") + one + (end < text.length() ? "…" : "");
    }
}
