package org.switchboard.service.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandQuery;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.Message;
import org.switchboard.domain.port.TextAnalyzer;
import org.switchboard.service.cases.Repositories;

/**
 * Where earlier cases were forwarded: the case's directory terms (its profile) and the units its errands
 * went to. A declined errand says the unit was wrong, so it does not count; a redirected one counts for
 * the unit it was redirected to. Profiles are kept in memory per directory snapshot, so only cases newly
 * forwarded since are read and analysed (a message added later to an already profiled case is not seen
 * until the directory changes or the application restarts). Thread-safe.
 */
final class PastRoutings {
    /** The errand list's upper bound; a workspace with more errands is judged by its first ten thousand. */
    private static final int MAX_ERRANDS = 10_000;
    /**
     * Only the most recently forwarded cases are compared: recent routing is the better guide (units are
     * reorganised), and the first routing of a session reads at most this many conversations.
     */
    private static final int MAX_CASES = 500;

    /** A forwarded case: the terms it names and the units it went to. */
    record PastCase(long caseId, Set<String> profile, Set<String> units) {}

    private final Repositories repos;
    private final TextAnalyzer analyzer;
    private final Map<Long, Set<String>> profiles = new ConcurrentHashMap<>();
    private volatile Responsibilities profiledWith;

    PastRoutings(Repositories repos, TextAnalyzer analyzer) {
        this.repos = repos;
        this.analyzer = analyzer;
    }

    /** Every forwarded case except {@code exceptCase}, with the units it went to. */
    List<PastCase> cases(Responsibilities directory, long exceptCase) {
        if (profiledWith != directory || profiles.size() > 4 * MAX_CASES) {
            profiles.clear();
            profiledWith = directory;
        }
        // "now" only matters for overdue errands, which are not asked for here.
        List<Errand> errands = new ArrayList<>(repos.errands().list(
                new ErrandQuery(false, false, null, Instant.EPOCH, MAX_ERRANDS)));
        errands.sort(Comparator.comparing(Errand::createdAt).reversed());
        Map<Long, Set<String>> unitsByCase = new LinkedHashMap<>();
        for (Errand e : errands) {
            if (unitsByCase.size() >= MAX_CASES && !unitsByCase.containsKey(e.caseId())) {
                continue;
            }
            String unit = e.status() == ErrandStatus.DECLINED ? null
                    : directory.unitKeyOf(e.status() == ErrandStatus.REDIRECTED ? e.redirectedTo() : e.unitKey());
            if (unit != null && e.caseId() != exceptCase) {
                unitsByCase.computeIfAbsent(e.caseId(), k -> new LinkedHashSet<>()).add(unit);
            }
        }
        List<PastCase> out = new ArrayList<>();
        unitsByCase.forEach((caseId, units) -> {
            // Not computeIfAbsent: reading a conversation must not hold the map's lock.
            Set<String> profile = profiles.get(caseId);
            if (profile == null) {
                profile = profile(caseId, directory);
                profiles.put(caseId, profile);
            }
            out.add(new PastCase(caseId, profile, units));
        });
        return out;
    }

    /** The directory terms a case's inbound messages name outright. */
    private Set<String> profile(long caseId, Responsibilities directory) {
        List<String> inbound = repos.messages().forCase(caseId).stream()
                .filter(m -> m.direction() == Direction.IN).map(Message::text).toList();
        String text = RoutingService.withoutAddresses(RoutingService.inboundText(inbound));
        TextAnalyzer.Analysis analysis = analyzer.analyse(text);
        Set<String> profile = new LinkedHashSet<>();
        for (Match m : directory.match(analysis.words(), analysis.language())) {
            if (!m.fit().partOfWord()) {
                profile.add(profileKey(m.term()));
            }
        }
        return Set.copyOf(profile);
    }

    static String profileKey(Responsibilities.Term t) {
        return (t.category() ? "category:" : "keyword:")
                + String.join(" ", t.words().stream().map(TextAnalyzer.Word::folded).toList());
    }

    /**
     * Whether a past case is about the same thing: at least a third of the terms either names are named by
     * both (Jaccard ≥ 1/3), so one shared "Straße" does not make a bench and a pothole alike.
     */
    static boolean similar(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        long shared = a.stream().filter(b::contains).count();
        long union = a.size() + b.size() - shared;
        return shared > 0 && shared * 3 >= union;
    }
}
