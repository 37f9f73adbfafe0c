package org.switchboard.service.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.switchboard.domain.port.TextAnalyzer.Word;
import org.switchboard.service.routing.Clauses.Clause;
import org.switchboard.domain.routing.RoutingReason;

/**
 * Finds the problems a text names. Each clause is scored on its own; a clause whose best unit is also a
 * candidate of an earlier problem (or the other way round) belongs to that problem, any other clause
 * starts a new one. So "Die Bank ist kaputt, überall Müll, und der Gehweg ist abgesackt – riesige Pfütze"
 * yields parks, waste and roads, while "RE 7 40 Minuten Verspätung, Anschluss weg" stays one problem,
 * because customer service is a candidate for the delay too.
 *
 * <p>Only clauses that name a keyword outright start a problem. Clauses that only touch the directory
 * through a place ("an der Görlitzer Straße") or a part of a word ("dem Straßenbauamt") add their evidence
 * to a problem they fit and are otherwise dropped, unless nothing in the text is named outright. Greetings
 * and thanks name nothing.
 */
final class ProblemSplitter {
    /** Half weight for words that say where, or may be a verb rather than the keyword's noun. */
    static final double SIDE_WORD = 0.5;
    private static final int MAX_PROBLEM = 160;

    /** A problem: the clauses that name it and the evidence of all clauses that belong to it. */
    static final class Group {
        final List<Clause> naming = new ArrayList<>();
        final Tally tally = new Tally();
    }

    private final Clauses clauses;
    private final List<Word> words;
    private final String text;
    private final Responsibilities directory;
    private final boolean capitals;

    ProblemSplitter(String text, Clauses clauses, List<Word> words, Responsibilities directory) {
        this.text = text;
        this.clauses = clauses;
        this.words = words;
        this.directory = directory;
        this.capitals = clauses.capitalisesNouns();
    }

    /** The problems in the text, strongest first; empty when nothing matches. */
    List<Group> split(List<Match> all) {
        List<Match> matches = all.stream().filter(m -> !clauses.courtesy(m.first())).toList();
        List<Clause> strong = new ArrayList<>();
        List<Clause> weak = new ArrayList<>();
        List<Tally> tallies = new ArrayList<>();
        Set<Integer> outright = new HashSet<>();
        matches.stream().filter(m -> !clauses.place(m.first()) && m.weight() * smallNoun(m) >= Tally.STRONG)
                .forEach(m -> outright.add(clauses.sentenceOf(m.first())));
        for (Clause c : clauses.all()) {
            Tally t = tally(matches.stream().filter(m -> m.first() >= c.first() && m.first() < c.end()).toList(),
                    outright.contains(c.sentence()));
            tallies.add(t);
            if (!t.isEmpty()) {
                (t.strong() ? strong : weak).add(c);
            }
        }
        List<Group> groups = new ArrayList<>();
        seed(strong.isEmpty() ? weak : strong, tallies, groups);
        if (!strong.isEmpty()) {
            for (Clause c : weak) {
                Group g = fitting(tallies.get(c.index()), groups);
                if (g != null) {
                    g.tally.addAll(tallies.get(c.index()));
                }
            }
        }
        groups.sort(Comparator.comparingDouble((Group g) -> -g.tally.raw(g.tally.ranked(directory).getFirst()))
                .thenComparingInt(g -> g.naming.getFirst().index()));
        return groups;
    }

    private void seed(List<Clause> naming, List<Tally> tallies, List<Group> groups) {
        for (Clause c : naming) {
            Tally t = tallies.get(c.index());
            Group g = fitting(t, groups);
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            g.naming.add(c);
            g.tally.addAll(t);
        }
    }

    /** The problem this clause belongs to: one with the same best unit, else one they share a candidate of. */
    private Group fitting(Tally clause, List<Group> groups) {
        String best = clause.ranked(directory).getFirst();
        for (Group g : groups) {
            if (g.tally.ranked(directory).getFirst().equals(best)) {
                return g;
            }
        }
        Set<String> mine = clause.candidates(directory);
        for (Group g : groups) {
            if (mine.contains(g.tally.ranked(directory).getFirst()) || g.tally.candidates(directory).contains(best)) {
                return g;
            }
        }
        return null;
    }

    /**
     * A clause's evidence. Words that describe a place count half, but only when their sentence names
     * something outright: "meinen Laptop im Bus liegen lassen" is about the laptop, "relies on the lift"
     * about the lift.
     */
    private Tally tally(List<Match> inClause, boolean outright) {
        Tally t = new Tally();
        for (Match m : inClause) {
            Responsibilities.Term term = m.term();
            double weight = m.weight() * smallNoun(m);
            RoutingReason.Note note = smallNoun(m) < 1 ? RoutingReason.Note.LOWER_CASE : RoutingReason.Note.NONE;
            if (outright && clauses.place(m.first())) {
                weight *= SIDE_WORD;
                note = RoutingReason.Note.SAYS_WHERE;
            }
            String said = text.substring(words.get(m.first()).start(), words.get(m.end() - 1).end());
            String profile = m.fit().partOfWord() ? null : PastRoutings.profileKey(term);
            t.add(new Evidence(term.unitKey(), new RoutingReason.Said(false, said), m.reasonFit(), term.reason(), 0,
                    weight, note, profile));
        }
        return t;
    }

    /**
     * Half for a lower-case word matching a German noun keyword, from a writer who capitalises nouns. A
     * participle is a verb form of the same thing ("ausgefallen", the "Ausfall" happened) and counts fully.
     */
    private double smallNoun(Match m) {
        boolean small = capitals && m.term().noun() && !m.term().phrase() && m.fit() != Match.Fit.PARTICIPLE
                && Character.isLowerCase(words.get(m.first()).text().charAt(0));
        return small ? SIDE_WORD : 1;
    }

    /**
     * The words naming a problem: each sentence it is named in, whole when no other problem is named there
     * and it is short; otherwise its own clauses, neighbours kept together, others joined by " … ".
     */
    String problem(Group g, List<Group> all) {
        Set<Integer> shared = new TreeSet<>();
        for (Group other : all) {
            if (other != g) {
                other.naming.forEach(c -> shared.add(c.sentence()));
            }
        }
        List<Clause> cs = new ArrayList<>(g.naming);
        cs.sort(Comparator.comparingInt(Clause::index));
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < cs.size()) {
            int sentence = cs.get(i).sentence();
            String whole = clauses.sentence(sentence);
            if (!shared.contains(sentence) && whole.length() <= MAX_PROBLEM) {
                parts.add(whole);
                while (i < cs.size() && cs.get(i).sentence() == sentence) {
                    i++;
                }
                continue;
            }
            int j = i;
            while (j + 1 < cs.size() && cs.get(j + 1).index() == cs.get(j).index() + 1) {
                j++;
            }
            parts.add(clauses.text(cs.get(i), cs.get(j)));
            i = j + 1;
        }
        String oneLine = String.join(" … ", parts).replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_PROBLEM ? oneLine : oneLine.substring(0, MAX_PROBLEM - 1).strip() + "…";
    }
}
