package org.switchboard.service.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.domain.Person;
import org.switchboard.domain.Unit;
import org.switchboard.domain.port.TextAnalyzer;
import org.switchboard.domain.port.TextAnalyzer.Word;

/**
 * The directory as a vocabulary: every keyword and category of every unit, analysed once, and the
 * matching of a text's words against it. People add their own keywords to their unit (we route to
 * units; people are contacts within them). Immutable, so one snapshot serves concurrent routings.
 */
final class Responsibilities {
    /** Weights of a match before context: the keyword as written counts fully, anything looser less. */
    static final double EXACT = 1.0;
    static final double STEM = 0.9;
    static final double CATEGORY = 0.8;
    static final double HEAD = 0.6;
    static final double MODIFIER = 0.4;
    /** A compound part must be this long, and leave this much of the word ("Ast" in "Palast" does not count). */
    private static final int MIN_PART = 4;
    private static final int MIN_REST = 3;
    /** Separable verb prefixes, folded, that take the participle's "ge" after them ("aus-ge-fallen"). */
    private static final List<String> SEPARABLE = List.of("ab", "an", "auf", "aus", "ein", "mit", "nach", "vor",
            "weg", "zu", "zuruck", "fest", "los", "um");

    /** A keyword or category of a unit, analysed; {@code person} names whose keyword it is, if not the unit's. */
    record Term(String unitKey, String label, boolean category, String person, List<Word> words) {
        boolean phrase() {
            return words.size() > 1;
        }

        /** Written with a capital, so a noun in German ("Rasen", the lawn, not "rasen", to speed). */
        boolean noun() {
            return !label.isEmpty() && Character.isUpperCase(label.charAt(0));
        }

        /** How a reason names it: keyword 'Bank', category 'Grünanlagen', keyword 'X' of Petra Schulz. */
        org.switchboard.domain.routing.RoutingReason.Term reason() {
            return new org.switchboard.domain.routing.RoutingReason.Term(label, category, person);
        }
    }

    private final List<Unit> units;
    private final List<Person> people;
    private final Map<String, Unit> unitsByKey = new LinkedHashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, String> unitOfPerson = new HashMap<>();
    private final Map<String, List<Term>> byForm = new HashMap<>();
    private final List<Term> compoundable = new ArrayList<>();

    private Responsibilities(List<Unit> units, List<Person> people, TextAnalyzer analyzer) {
        this.units = List.copyOf(units);
        this.people = List.copyOf(people);
        for (Unit u : units) {
            unitsByKey.put(u.key(), u);
            order.put(u.key(), order.size());
            u.keywords().forEach(k -> add(new Term(u.key(), k.strip(), false, null, words(analyzer, k))));
            u.categories().forEach(c -> add(new Term(u.key(), c.strip(), true, null, words(analyzer, c))));
        }
        for (Person p : people) {
            if (p.unitKey() != null && unitsByKey.containsKey(p.unitKey())) {
                unitOfPerson.put(p.key(), p.unitKey());
                p.keywords().forEach(k -> add(new Term(p.unitKey(), k.strip(), false, p.name(), words(analyzer, k))));
            }
        }
    }

    static Responsibilities of(List<Unit> units, List<Person> people, TextAnalyzer analyzer) {
        return new Responsibilities(units, people, analyzer);
    }

    /** Whether this snapshot was built from exactly this directory. */
    boolean builtFrom(List<Unit> u, List<Person> p) {
        return units.equals(u) && people.equals(p);
    }

    Unit unit(String key) {
        return unitsByKey.get(key);
    }

    /** The unit a directory key stands for: the unit itself, or a person's unit; null when unknown. */
    String unitKeyOf(String key) {
        return unitsByKey.containsKey(key) ? key : unitOfPerson.get(key);
    }

    /** Directory order, the last tie-breaker between equally good units. */
    int order(String unitKey) {
        return order.getOrDefault(unitKey, Integer.MAX_VALUE);
    }

    private static List<Word> words(TextAnalyzer analyzer, String label) {
        return analyzer.analyse(label).words();
    }

    private void add(Term t) {
        if (t.words().isEmpty()) {
            return;
        }
        for (String form : lookup(t.words().getFirst())) {
            byForm.computeIfAbsent(form, f -> new ArrayList<>()).add(t);
        }
        if (!t.phrase() && forms(t.words().getFirst()).stream().anyMatch(f -> f.length() >= MIN_PART)) {
            compoundable.add(t);
        }
    }

    private static Set<String> forms(Word w) {
        Set<String> f = new LinkedHashSet<>(w.stems());
        f.add(w.folded());
        return f;
    }

    /** The forms and the stems without a participle's "ge" ("ausgefallen" → "ausfall", "gelassen" → "lass"). */
    private static Set<String> lookup(Word w) {
        Set<String> f = forms(w);
        f.addAll(withoutGe(w));
        return f;
    }

    /**
     * German past participles put "ge" before the stem or after a separable prefix; the light stemmer
     * leaves it. Taking it out lets "ausgefallen" find "Ausfall" and "liegen lassen" find "liegen gelassen".
     */
    private static Set<String> withoutGe(Word w) {
        Set<String> out = new LinkedHashSet<>();
        if (!w.folded().endsWith("en") && !w.folded().endsWith("t")) {
            return out; // not a participle ("Gewässer" is no "Wasser")
        }
        for (String s : w.stems()) {
            if (s.startsWith("ge") && s.length() - 2 >= MIN_PART) {
                out.add(s.substring(2));
            }
            for (String prefix : SEPARABLE) {
                if (s.startsWith(prefix + "ge") && s.length() - prefix.length() - 2 >= MIN_REST) {
                    out.add(prefix + s.substring(prefix.length() + 2));
                }
            }
        }
        return out;
    }

    /**
     * Every match in the words of a text in {@code language} ("de", "en" or ""). A word (or run of words)
     * supports each unit only once: a phrase beats its single words, the exact keyword beats a looser one.
     * A word that is itself a keyword means that keyword, so other keywords that merely share its stem do
     * not count ("parking" is the Ordnungsamt's keyword, not the parks' "Park"). Compounds are taken apart
     * only for words that match no keyword as a whole ("Glascontainer" is waste, not also "Glas"), and not
     * for lower-case words of English text, which does not build compounds ("driving" is not "driver").
     */
    List<Match> match(List<Word> words, String language) {
        List<Match> direct = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Set<Term> seen = new LinkedHashSet<>();
            for (String form : lookup(words.get(i))) {
                seen.addAll(byForm.getOrDefault(form, List.of()));
            }
            for (Term t : seen) {
                Match m = whole(t, words, i);
                if (m != null) {
                    direct.add(m);
                }
            }
        }
        boolean[] exact = new boolean[words.size()];
        direct.stream().filter(m -> m.fit() == Match.Fit.EXACT)
                .forEach(m -> Arrays.fill(exact, m.first(), m.end(), true));
        direct.removeIf(m -> m.fit() != Match.Fit.EXACT && m.length() == 1 && exact[m.first()]);
        boolean[] covered = new boolean[words.size()];
        direct.forEach(m -> Arrays.fill(covered, m.first(), m.end(), true));
        List<Match> all = new ArrayList<>(direct);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean englishWord = language.equals("en") && Character.isLowerCase(w.text().charAt(0));
            if (!covered[i] && !w.stopword() && !englishWord) {
                all.addAll(parts(w, i));
            }
        }
        return onePerUnitAndWord(all);
    }

    /** The term matched by the words starting at {@code i}, as a whole word or phrase; null if not. */
    private static Match whole(Term t, List<Word> words, int i) {
        List<Word> tw = t.words();
        if (i + tw.size() > words.size() || (!t.phrase() && words.get(i).stopword())) {
            return null;
        }
        Match.Fit fit = Match.Fit.EXACT;
        for (int k = 0; k < tw.size(); k++) {
            Match.Fit f = fit(words.get(i + k), tw.get(k));
            if (f == null) {
                return null;
            }
            fit = f.ordinal() > fit.ordinal() ? f : fit;
        }
        double weight = t.category() ? CATEGORY : fit == Match.Fit.EXACT ? EXACT : STEM;
        return new Match(t, i, i + tw.size(), fit, weight);
    }

    /** How a word fits a keyword's word: the same, the same stem, the same stem but for a participle's "ge". */
    private static Match.Fit fit(Word w, Word want) {
        if (w.folded().equals(want.folded())) {
            return Match.Fit.EXACT;
        }
        if (w.stems().stream().anyMatch(want.stems()::contains)) {
            return Match.Fit.STEM;
        }
        Set<String> mine = new LinkedHashSet<>(w.stems());
        mine.addAll(withoutGe(w));
        Set<String> theirs = new LinkedHashSet<>(want.stems());
        theirs.addAll(withoutGe(want));
        return mine.stream().anyMatch(theirs::contains) ? Match.Fit.PARTICIPLE : null;
    }

    /** Terms this word is a compound of: as its head ("Park|bank") or its first part ("Gehweg|platten"). */
    private List<Match> parts(Word w, int i) {
        List<Match> out = new ArrayList<>();
        for (Term t : compoundable) {
            Match.Fit best = null;
            for (String part : forms(t.words().getFirst())) {
                if (part.length() < MIN_PART) {
                    continue;
                }
                for (String whole : forms(w)) {
                    if (whole.length() - part.length() < MIN_REST) {
                        continue;
                    }
                    if (whole.endsWith(part)) {
                        best = Match.Fit.HEAD;
                    } else if (whole.startsWith(part) && best == null) {
                        best = Match.Fit.MODIFIER;
                    }
                }
            }
            if (best != null) {
                double weight = (best == Match.Fit.HEAD ? HEAD : MODIFIER) * (t.category() ? CATEGORY : 1.0);
                out.add(new Match(t, i, i + 1, best, weight));
            }
        }
        return out;
    }

    private static List<Match> onePerUnitAndWord(List<Match> all) {
        List<Match> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Match::length).reversed()
                .thenComparing(Comparator.comparingDouble(Match::weight).reversed())
                .thenComparingInt(Match::first));
        Map<String, Set<Integer>> used = new HashMap<>();
        List<Match> kept = new ArrayList<>();
        for (Match m : sorted) {
            Set<Integer> taken = used.computeIfAbsent(m.term().unitKey(), k -> new HashSet<>());
            boolean free = true;
            for (int i = m.first(); i < m.end() && free; i++) {
                free = !taken.contains(i);
            }
            if (free) {
                for (int i = m.first(); i < m.end(); i++) {
                    taken.add(i);
                }
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::first));
        return kept;
    }
}
