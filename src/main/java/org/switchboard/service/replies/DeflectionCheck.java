package org.switchboard.service.replies;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.switchboard.domain.Contact;
import org.switchboard.domain.EarlierAttempt;
import org.switchboard.domain.Person;
import org.switchboard.domain.Unit;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.routing.ProblemGroup;
import org.switchboard.domain.routing.Routing;
import org.switchboard.domain.routing.UnitScore;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.service.cases.CaseService;
import org.switchboard.service.directory.DirectoryService;
import org.switchboard.service.replies.ReplySignals.Signal;
import org.switchboard.service.replies.ReplyTargets.Kind;
import org.switchboard.service.replies.ReplyTargets.Place;
import org.switchboard.service.replies.Verdict.Target;
import org.switchboard.service.routing.RoutingService;

/**
 * Judges whether a reply mainly sends the customer elsewhere ("please contact the environment office at …", a
 * portal link, "this account is information only") instead of helping, before it is sent. Explains why, names
 * where the reply points, says whether the case's contact already tried that, and suggests units to forward the
 * case to internally instead.
 *
 * <p>The judgement is a sum of weighted signals (log-odds, see {@link ReplySignals} and {@link DeflectionScore})
 * squashed to 0..1; deterministic, no network. Background threads: it reads the directory and the case.
 */
public final class DeflectionCheck {
    /** Only the first this many characters are judged: a reply is short; a longer text is cut, not refused. */
    static final int MAX_TEXT = 20_000;
    static final int MAX_SUGGESTIONS = 5;
    /** Suggestions from a reply (not a case) read its start only: the unit it names is there. */
    static final int MAX_ROUTED = 2_000;
    /** A unit the reply points to that routing does not suggest is still offered, with this modest score. */
    static final double POINTED_UNIT_SCORE = 0.3;

    private final Supplier<List<Unit>> units;
    private final Supplier<List<Person>> people;
    private final CaseService cases;
    private final RoutingService routing;
    /** Where an agent's decision to send a flagged reply anyway is written; null in checks that send nothing. */
    private final org.switchboard.service.Audit audit;

    public DeflectionCheck(DirectoryService directory, CaseService cases, RoutingService routing) {
        this(directory::units, directory::people, cases, routing, null);
    }

    public DeflectionCheck(DirectoryService directory, CaseService cases, RoutingService routing,
                           org.switchboard.service.Audit audit) {
        this(directory::units, directory::people, cases, routing, audit);
    }

    DeflectionCheck(Supplier<List<Unit>> units, Supplier<List<Person>> people, CaseService cases,
                    RoutingService routing, org.switchboard.service.Audit audit) {
        this.audit = audit;
        this.units = units;
        this.people = people;
        this.cases = cases;
        this.routing = routing;
    }

    /**
     * Judges {@code replyText}, as an answer on case {@code caseId} when that is not null (then the contact's
     * earlier attempts count, and suggestions come from what the customer wrote). Background thread.
     *
     * @throws ValidationException when the text is empty
     * @throws org.switchboard.domain.NotFoundException when there is no such case
     */
    public Verdict check(String replyText, Long caseId) {
        if (replyText == null || replyText.isBlank()) {
            throw new ValidationException("the reply is empty; give the text of the reply to check");
        }
        String text = Normalizer.normalize(replyText.length() > MAX_TEXT ? replyText.substring(0, MAX_TEXT) : replyText,
                Normalizer.Form.NFC);
        CaseDetail detail = caseId == null ? null : cases.open(caseId);
        List<Unit> directory = units.get();
        List<Place> places = new ReplyTargets(directory, people.get()).find(text);
        List<Target> pointsTo = distinct(places);
        List<Verdict.Tried> triedData = detail == null ? List.of()
                : attemptsAt(detail.contact(), detail.attempts(), pointsTo);
        List<String> tried = triedData.stream().map(t -> EarlierAttempts.describe(
                t.contact() == null ? "The contact" : t.contact(), t.attempt())).toList();

        DeflectionScore score = DeflectionScore.of(ReplySignals.find(ReplySignals.normalise(text), text), places,
                tried);
        List<String> reasons = reasons(score, pointsTo, tried);
        return new Verdict(score.deflection(), score.value(), reasons, pointsTo, tried,
                suggestions(text, caseId, pointsTo), why(score), triedData);
    }

    /** The signals in the order of {@link #reasons}: what decided the verdict first. */
    private static List<Verdict.Why> why(DeflectionScore score) {
        List<Verdict.Why> deflecting = new ArrayList<>();
        List<Verdict.Why> owning = new ArrayList<>();
        for (Signal s : score.signals()) {
            (s.deflecting() ? deflecting : owning).add(new Verdict.Why(s.kind(), s.deflecting(), s.quote()));
        }
        List<Verdict.Why> out = new ArrayList<>(score.deflection() ? deflecting : owning);
        out.addAll(score.deflection() ? owning : deflecting);
        return out;
    }

    private static List<String> reasons(DeflectionScore score, List<Target> pointsTo, List<String> tried) {
        List<String> deflecting = new ArrayList<>();
        List<String> owning = new ArrayList<>();
        for (Signal s : score.signals()) {
            (s.deflecting() ? deflecting : owning).add(s.reason());
        }
        List<String> where = new ArrayList<>();
        if (!pointsTo.isEmpty()) {
            where.add("points to " + String.join(", ", pointsTo.stream().map(Target::describe).toList()));
        }
        List<String> out = new ArrayList<>();
        if (score.deflection()) {
            out.addAll(deflecting);
            out.addAll(where);
            out.addAll(tried);
            out.addAll(owning);
        } else {
            out.addAll(owning);
            out.addAll(where);
            out.addAll(deflecting);
            out.addAll(tried);
            if (out.isEmpty()) {
                out.add("sends the customer nowhere else");
            }
        }
        return out;
    }

    /** One target per unit (its first, most specific mention) and per other address. */
    private static List<Target> distinct(List<Place> places) {
        Map<String, Target> out = new LinkedHashMap<>();
        for (Place p : places) {
            Target t = p.target();
            String key = t.unitKey() != null ? "unit:" + t.unitKey() : "at:" + ReplyTargets.fold(t.via());
            if (p.kind() == Kind.NAME && t.unitKey() != null && out.containsKey(key)) {
                continue;
            }
            out.putIfAbsent(key, t);
        }
        return List.copyOf(out.values());
    }

    /** The contact's earlier attempts at one of the places the reply points to. */
    static List<Verdict.Tried> attemptsAt(Contact contact, List<EarlierAttempt> attempts, List<Target> pointsTo) {
        List<Verdict.Tried> out = new ArrayList<>();
        for (EarlierAttempt a : attempts) {
            if (pointsTo.stream().anyMatch(t -> EarlierAttempts.sameAddressee(a, t))) {
                out.add(new Verdict.Tried(contact == null ? null : contact.name(), a));
            }
        }
        return out;
    }

    /** Routing on what the customer wrote (or on the reply), best first; then units the reply points to. */
    private List<UnitScore> suggestions(String text, Long caseId, List<Target> pointsTo) {
        Routing r = null;
        if (caseId != null) {
            r = routing.route(caseId);
        }
        if (r == null || r.isEmpty()) {
            try {
                r = routing.route(text.length() > MAX_ROUTED ? text.substring(0, MAX_ROUTED) : text);
            } catch (ValidationException e) {
                r = new Routing(List.of());
            }
        }
        Map<String, UnitScore> best = new LinkedHashMap<>();
        for (ProblemGroup g : r.groups()) {
            for (UnitScore u : g.units()) {
                best.merge(u.key(), u, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        List<UnitScore> out = new ArrayList<>(best.values().stream()
                .sorted(Comparator.comparingDouble(UnitScore::score).reversed()).limit(MAX_SUGGESTIONS).toList());
        for (Target t : pointsTo) {
            if (t.unitKey() != null && out.stream().noneMatch(u -> u.key().equals(t.unitKey()))) {
                out.add(new UnitScore(t.unitKey(), t.name(), POINTED_UNIT_SCORE,
                        List.of("the reply sends the customer there"),
                        List.of(org.switchboard.domain.routing.RoutingReason.replyPointsThere(t.name()))));
            }
        }
        return out;
    }
}
