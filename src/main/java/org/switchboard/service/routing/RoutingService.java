package org.switchboard.service.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.switchboard.domain.Case;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Message;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.Person;
import org.switchboard.domain.Unit;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.port.TextAnalyzer;
import org.switchboard.domain.routing.ProblemGroup;
import org.switchboard.domain.routing.Routing;
import org.switchboard.domain.routing.UnitScore;
import org.switchboard.service.cases.Repositories;
import org.switchboard.service.routing.ProblemSplitter.Group;
import org.switchboard.domain.routing.RoutingReason;

/**
 * Suggests who should take care of a case: the directory's units ranked by how well their keywords and
 * categories fit what the customer wrote, one group per problem the text names, each with its reasons.
 * The case's tags and the units that similar earlier cases were forwarded to add to the evidence.
 *
 * <p>Reads only; safe to call from several background threads at once. Never on the FX thread: it reads
 * the database.
 */
public final class RoutingService {
    /** Only the first this many characters of a case's inbound messages are read: the concern is at the start. */
    static final int MAX_TEXT = 20_000;
    /** A tag is a colleague's judgement, but a short one: it counts half of the same word in the text. */
    private static final double TAG = 0.5;
    /** Each similar earlier case that went to a unit counts this much, up to three of them. */
    private static final double PER_SIMILAR_CASE = 0.25;
    private static final int SIMILAR_COUNTED = 3;
    private static final int MAX_UNITS = 8;
    private static final long NO_CASE = -1;
    /** Links, e-mail addresses and mentions ("@name", "@name@instance"), without trailing punctuation. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:https?://|www\\.)\\S*[^\\s.,;:!?)\\]}\"'“”„]|(?<![\\w.+-])[\\w.+-]*+@[\\w.@-]*\\w");
    // Each run of word characters is scanned once (possessive, starting only at its beginning): a long word
    // without '@' must not cost quadratic time (hostile input).

    private final Repositories repos;
    private final TextAnalyzer analyzer;
    private final PastRoutings past;
    private volatile Responsibilities directory;

    public RoutingService(Repositories repos, TextAnalyzer analyzer) {
        this.repos = repos;
        this.analyzer = analyzer;
        this.past = new PastRoutings(repos, analyzer);
    }

    /**
     * Suggestions for a case, from its inbound messages and tags. Background thread.
     *
     * @throws NotFoundException when there is no such case
     */
    public Routing route(long caseId) {
        record CaseText(String text, List<String> tags) {}
        CaseText ct = repos.tx().inTransaction(() -> {
            Case c = repos.cases().find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
            List<String> inbound = repos.messages().forCase(caseId).stream()
                    .filter(m -> m.direction() == Direction.IN).map(Message::text).toList();
            return new CaseText(inboundText(inbound), c.tags());
        });
        return route(ct.text(), ct.tags(), caseId);
    }

    /**
     * Suggestions for a text that is not (yet) a case, e.g. a message being read aloud on the phone.
     * Background thread.
     *
     * @throws ValidationException when the text is empty
     */
    public Routing route(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("there is no text to route; give the words of the concern");
        }
        return route(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text, List.of(), NO_CASE);
    }

    private Routing route(String text, List<String> tags, long caseId) {
        Responsibilities dir = directory();
        String plain = withoutAddresses(text);
        TextAnalyzer.Analysis analysis = analyzer.analyse(plain);
        Clauses clauses = Clauses.of(plain, analysis);
        ProblemSplitter splitter = new ProblemSplitter(plain, clauses, analysis.words(), dir);
        List<Group> groups = new ArrayList<>(splitter.split(dir.match(analysis.words(), analysis.language())));
        List<String> problems = new ArrayList<>();
        groups.forEach(g -> problems.add(splitter.problem(g, groups)));
        addTags(tags, groups, problems, dir);
        List<PastRoutings.PastCase> earlier = groups.isEmpty() ? List.of() : past.cases(dir, caseId);
        List<ProblemGroup> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Tally tally = groups.get(i).tally;
            addHistory(tally, earlier, dir);
            out.add(new ProblemGroup(problems.get(i), tally.ranked(dir).stream().limit(MAX_UNITS)
                    .map(u -> new UnitScore(u, dir.unit(u).name(), score(tally.raw(u)), tally.reasons(u),
                            tally.why(u)))
                    .toList()));
        }
        return new Routing(out);
    }

    /**
     * Mentions, e-mail addresses and links name who or where a message went, not what it is about
     * ("@stadt_beispielstadt", "umweltamt@beispielstadt.example"); blanked out, offsets unchanged.
     */
    static String withoutAddresses(String text) {
        return ADDRESS.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
    }

    /**
     * A tag is a colleague's judgement. It supports the units a problem in the text already has; a tag
     * that fits none of them names a problem of its own (a case tagged "Graffiti" whose text only
     * praises a photo of the park), one group per best unit, after the text's problems.
     */
    private void addTags(List<String> tags, List<Group> groups, List<String> problems, Responsibilities dir) {
        int textGroups = groups.size();
        for (String tag : tags) {
            TextAnalyzer.Analysis a = analyzer.analyse(tag);
            List<Match> matches = dir.match(a.words(), a.language());
            boolean placed = false;
            for (Group g : groups.subList(0, textGroups)) {
                for (Match m : matches) {
                    if (g.tally.has(m.term().unitKey())) {
                        g.tally.add(tagEvidence(tag, m));
                        placed = true;
                    }
                }
            }
            if (placed || matches.isEmpty()) {
                continue;
            }
            Group own = new Group();
            matches.forEach(m -> own.tally.add(tagEvidence(tag, m)));
            String best = own.tally.ranked(dir).getFirst();
            int at = -1;
            for (int i = textGroups; i < groups.size() && at < 0; i++) {
                at = groups.get(i).tally.ranked(dir).getFirst().equals(best) ? i : -1;
            }
            if (at < 0) {
                groups.add(own);
                problems.add(tag);
            } else {
                groups.get(at).tally.addAll(own.tally);
                problems.set(at, problems.get(at) + ", " + tag);
            }
        }
    }

    private static Evidence tagEvidence(String tag, Match m) {
        return new Evidence(m.term().unitKey(), new RoutingReason.Said(true, tag), m.reasonFit(), m.term().reason(), 0,
                TAG * m.weight(), RoutingReason.Note.NONE, PastRoutings.profileKey(m.term()));
    }

    /** Units that similar earlier cases went to: "3 similar cases went to Grünflächenamt". */
    private static void addHistory(Tally tally, List<PastRoutings.PastCase> earlier, Responsibilities dir) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PastRoutings.PastCase pc : earlier) {
            if (PastRoutings.similar(tally.profile(), pc.profile())) {
                pc.units().forEach(u -> counts.merge(u, 1, Integer::sum));
            }
        }
        counts.forEach((unit, n) -> tally.add(new Evidence(unit, null, RoutingReason.Fit.WENT_TO,
                new RoutingReason.Term(dir.unit(unit).name(), false, null), n,
                PER_SIMILAR_CASE * Math.min(n, SIMILAR_COUNTED), RoutingReason.Note.NONE, null)));
    }

    /** 0..1, rising quickly with the first pieces of evidence and then levelling off: 1 − e^(−raw). */
    static double score(double raw) {
        return Math.round((1 - Math.exp(-raw)) * 1000) / 1000.0;
    }

    /** The inbound messages of a case as one text, paragraphs apart, cut at {@link #MAX_TEXT}. */
    static String inboundText(List<String> texts) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            if (sb.length() >= MAX_TEXT) {
                break;
            }
            sb.append(sb.isEmpty() ? "" : "\n\n").append(t);
        }
        return sb.length() > MAX_TEXT ? sb.substring(0, MAX_TEXT) : sb.toString();
    }

    /** The directory as last analysed, analysed again when it changed. */
    private Responsibilities directory() {
        List<Unit> units = repos.directory().units();
        List<Person> people = repos.directory().people();
        Responsibilities d = directory;
        if (d == null || !d.builtFrom(units, people)) {
            d = Responsibilities.of(units, people, analyzer);
            directory = d;
        }
        return d;
    }
}
