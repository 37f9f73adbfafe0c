package org.switchboard.service.cases;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.switchboard.domain.Case;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Message;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.port.TextAnalyzer;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueueQuery;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.domain.queue.QueueSort;

/**
 * "Possibly the same as …": other open cases, reported by someone else and perhaps on another platform,
 * that describe the same problem — compared by the stems of what the customers wrote (German and English,
 * so "Pfütze vor der Bahnhofstraße 12" and "riesige Pfützen, Bahnhofstr. 12" meet), within a few weeks.
 * Background threads only.
 */
public final class PossibleDuplicates {
    /** A probable duplicate and how much of the wording the two share. */
    public record Match(long caseId, String contactName, String platform, String preview, double similarity,
                        List<String> sharedWords) {}

    static final double THRESHOLD = 0.3;
    static final Duration WINDOW = Duration.ofDays(21);
    private static final int CANDIDATES = 500;

    private final Repositories repos;
    private final TextAnalyzer analyzer;

    public PossibleDuplicates(Repositories repos, TextAnalyzer analyzer) {
        this.repos = repos;
        this.analyzer = analyzer;
    }

    /** The open cases that probably describe the same problem as {@code caseId}, most similar first. */
    public List<Match> of(long caseId) {
        Case c = repos.cases().find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        Set<String> mine = stemsOf(caseId);
        if (mine.size() < 2) {
            return List.of();
        }
        List<Match> out = new ArrayList<>();
        List<QueueRow> rows = repos.cases().page(QueueQuery.firstPage(QueueFilter.NOT_CLOSED, QueueSort.NEWEST,
                CANDIDATES), c.lastActivityAt()).rows();
        for (QueueRow r : rows) {
            if (r.id() == caseId || r.contactId() == c.contactId()
                    || Duration.between(r.lastActivityAt(), c.lastActivityAt()).abs().compareTo(WINDOW) > 0) {
                continue;
            }
            Set<String> theirs = stemsOf(r.id());
            Set<String> shared = new HashSet<>(mine);
            shared.retainAll(theirs);
            Set<String> union = new HashSet<>(mine);
            union.addAll(theirs);
            double similarity = union.isEmpty() ? 0 : (double) shared.size() / union.size();
            if (similarity >= THRESHOLD && shared.size() >= 3) {
                out.add(new Match(r.id(), r.contactName(), r.platform().id(), r.preview(),
                        Math.round(similarity * 100) / 100.0, shared.stream().sorted().limit(8).toList()));
            }
        }
        out.sort(Comparator.comparingDouble(Match::similarity).reversed());
        return out;
    }

    private Set<String> stemsOf(long caseId) {
        StringBuilder text = new StringBuilder();
        for (Message m : repos.messages().forCase(caseId)) {
            if (m.direction() == Direction.IN) {
                text.append(m.text()).append('\n');
            }
        }
        Set<String> stems = new HashSet<>();
        for (String s : analyzer.stems(text.length() > 20_000 ? text.substring(0, 20_000) : text.toString())) {
            if (s.length() >= 3 && !s.chars().allMatch(Character::isDigit) || s.matches("\\d{1,4}")) {
                stems.add(s);
            }
        }
        return stems;
    }
}
