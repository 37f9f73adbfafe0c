package org.switchboard.service.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.domain.routing.RoutingReason;

/**
 * The evidence for each unit within one clause or problem, and what it adds up to. A term counts once
 * however often it is named (its best match); each further term of the same unit counts 0.7 times the one
 * before, so a long text does not win by length and one clear keyword is not drowned by many vague ones.
 * Not thread-safe; lives within one routing.
 */
final class Tally {
    /** Evidence at least this heavy names a problem by itself: a keyword or category, not a part or a place. */
    static final double STRONG = 0.8;
    private static final double FURTHER = 0.7;
    private static final int WORDS_SHOWN = 3;

    private static final class Item {
        final RoutingReason.Fit fit;
        final RoutingReason.Term term;
        final Set<RoutingReason.Said> said = new LinkedHashSet<>();
        int count;
        double weight;
        RoutingReason.Note note;

        Item(Evidence e) {
            fit = e.fit();
            term = e.term();
            weight = e.weight();
            note = e.note();
        }
    }

    private final Map<String, Map<String, Item>> byUnit = new LinkedHashMap<>();
    private final Set<String> profile = new LinkedHashSet<>();

    void add(Evidence e) {
        Map<String, Item> items = byUnit.computeIfAbsent(e.unitKey(), k -> new LinkedHashMap<>());
        Item item = items.computeIfAbsent(e.fit() + "|" + e.term(), k -> new Item(e));
        if (e.said() != null) {
            item.said.add(e.said());
        }
        item.count = Math.max(item.count, e.count());
        if (e.weight() > item.weight) {
            item.weight = e.weight();
            item.note = e.note();
        }
        if (e.profile() != null) {
            profile.add(e.profile());
        }
    }

    void addAll(Tally other) {
        other.byUnit.forEach((unit, items) -> items.values().forEach(i -> {
            add(new Evidence(unit, null, i.fit, i.term, i.count, i.weight, i.note, null));
            i.said.forEach(w -> add(new Evidence(unit, w, i.fit, i.term, i.count, i.weight, i.note, null)));
        }));
        profile.addAll(other.profile);
    }

    boolean isEmpty() {
        return byUnit.isEmpty();
    }

    boolean has(String unitKey) {
        return byUnit.containsKey(unitKey);
    }

    /** Whether any unit has strong evidence here: a keyword named outright, not only inside a place or a word. */
    boolean strong() {
        return byUnit.values().stream().flatMap(m -> m.values().stream()).anyMatch(i -> i.weight >= STRONG);
    }

    /** The directory terms named outright, for comparing with past cases. */
    Set<String> profile() {
        return profile;
    }

    double raw(String unitKey) {
        Map<String, Item> items = byUnit.get(unitKey);
        if (items == null) {
            return 0;
        }
        double sum = 0;
        double factor = 1;
        for (double w : items.values().stream().map(i -> i.weight).sorted(Comparator.reverseOrder()).toList()) {
            sum += w * factor;
            factor *= FURTHER;
        }
        return sum;
    }

    /** The units, best first; equally good ones in directory order. */
    List<String> ranked(Responsibilities directory) {
        List<String> units = new ArrayList<>(byUnit.keySet());
        units.sort(Comparator.comparingDouble((String u) -> -raw(u)).thenComparingInt(directory::order));
        return units;
    }

    /** The units at least a third as well supported as the best: the ones this problem could well belong to. */
    Set<String> candidates(Responsibilities directory) {
        List<String> ranked = ranked(directory);
        Set<String> out = new LinkedHashSet<>();
        if (ranked.isEmpty()) {
            return out;
        }
        double best = raw(ranked.getFirst());
        ranked.stream().filter(u -> raw(u) * 3 >= best).forEach(out::add);
        return out;
    }

    /** The reasons for a unit, heaviest first, e.g. "'Bänke', 'Bank' match keyword 'Bank'". */
    List<String> reasons(String unitKey) {
        return why(unitKey).stream().map(Evidence::english).toList();
    }

    /** The reasons for a unit as data, heaviest first. */
    List<RoutingReason> why(String unitKey) {
        List<Item> items = new ArrayList<>(byUnit.getOrDefault(unitKey, Map.of()).values());
        items.sort(Comparator.comparingDouble((Item i) -> -i.weight));
        List<RoutingReason> out = new ArrayList<>();
        for (Item i : items) {
            out.add(new RoutingReason(i.said.stream().limit(WORDS_SHOWN).toList(), i.said.size() > WORDS_SHOWN, i.fit,
                    i.term, i.note, i.count));
        }
        return out;
    }
}
