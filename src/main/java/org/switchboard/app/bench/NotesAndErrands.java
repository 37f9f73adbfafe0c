package org.switchboard.app.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.ErrandEvent;
import org.switchboard.domain.ErrandRef;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.OfficeHours;
import org.switchboard.domain.Person;
import org.switchboard.domain.Unit;
import org.switchboard.domain.WorkingDays;
import org.switchboard.service.Workspace;
import org.switchboard.service.events.Event;
import org.switchboard.store.Jdbc;

/**
 * The notes and errands of a benchmark workspace (issue 8: 50,000 notes and 20,000 errands per 1,000,000
 * cases), spread evenly over every case the workspace holds, written with JDBC batches like {@link BulkLoad}.
 * The synthetic directory is small and goes through the real directory service. What is written is what the
 * real services would have left behind: an errand of a finished case is done (or declined), one of an open
 * case is sent, received or in progress and puts its case in WAITING_INTERNAL; every third open errand is
 * overdue and carries the follow-up ladder's reminder, escalation and lead flag as far as they are due (so a
 * window on the workspace has nothing to catch up); the cases' errand columns are recomputed with the
 * errand repository's own statement; every case that got a note or an errand is announced, so the real
 * indexer puts its notes and errands into the search index.
 */
final class NotesAndErrands {
    private static final int CASES_PER_CHUNK = 2_000;
    private static final int CASES_PER_INDEX_WAIT = 20_000;
    /** The same statement as {@code JdbcErrandRepository.refreshCaseSummary}: the queue's errand columns. */
    private static final String OPEN = "e.case_id = cases.id AND e.status IN ('SENT', 'ACKNOWLEDGED', 'IN_PROGRESS')";
    private static final String REFRESH_SUMMARY = "UPDATE cases SET open_errands = (SELECT COUNT(*) FROM errands e "
            + "WHERE " + OPEN + "), next_errand_due = (SELECT MIN(e.due_at) FROM errands e WHERE " + OPEN
            + ") WHERE id = ?";
    /** The follow-up ladder's default steps (working days), as {@code FollowUpLadder.setting} reads them. */
    private static final int LADDER_DAYS = 1;
    private static final String LEAD_TAG = "lead-attention";

    /** The synthetic directory: key, name, e-mail, phone, due days, keywords. */
    private static final List<String[]> UNITS = List.of(
            new String[] {"roads", "Straßenbauamt", "strassenbau@beispielstadt.example", "+49 421 361-1001", "5",
                    "Gehweg;Straße;Schlagloch;Ampel;pothole;pavement"},
            new String[] {"parks", "Grünflächenamt", "gruen@beispielstadt.example", "+49 421 361-1002", "10",
                    "Park;Baum;Spielplatz;Bank;tree;playground"},
            new String[] {"waste", "Abfallwirtschaft", "abfall@beispielstadt.example", "+49 421 361-1003", "3",
                    "Müll;Container;Graffiti;rubbish;recycling"},
            new String[] {"lighting", "Straßenbeleuchtung", "licht@beispielstadt.example", "+49 421 361-1004", "5",
                    "Laterne;Straßenlaterne;street light"},
            new String[] {"transit", "Verkehrsbetriebe", "kundendialog@vb-beispielstadt.example", "+49 421 361-1005",
                    "5", "Bus;Bahn;Verspätung;Aufzug;Ticket;bus;train;lift"},
            new String[] {"lost-property", "Fundbüro", "fundbuero@beispielstadt.example", "+49 421 361-1006", "2",
                    "Fundsache;verloren;lost;left"});

    private final Jdbc jdbc;
    private final Workspace ws;
    private final PrintWriter progress;
    private final Instant now;
    private final long notes;
    private final long errands;
    private final WorkingDays days = new WorkingDays(OfficeHours.ALWAYS, ZoneOffset.UTC);
    private final Map<Integer, Long> numbers = new HashMap<>();
    private long totalCases;
    private long ordinal;
    private long writtenNotes;
    private long writtenErrands;
    private long openErrands;

    NotesAndErrands(Jdbc jdbc, Workspace ws, PrintWriter progress, Instant now, long notes, long errands) {
        this.jdbc = jdbc;
        this.ws = ws;
        this.progress = progress;
        this.now = now;
        this.notes = notes;
        this.errands = errands;
    }

    /** The units (with a head of each, their escalation contact) the errands go to; through the real service. */
    void directory() {
        List<Unit> units = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        for (String[] u : UNITS) {
            String head = "p.head-" + u[0];
            units.add(new Unit(0, u[0], u[1], u[2], List.of(u[3]), null, null, null, List.of(u[5].split(";")),
                    List.of(), Integer.parseInt(u[4]), null, head, 0));
            people.add(new Person(0, head, "Leitung " + u[1], u[0], "leitung." + u[2], List.of(), List.of(), null, null,
                    null, 0));
        }
        ws.directory().saveAll(units, people);
    }

    long notes() {
        return writtenNotes;
    }

    long errands() {
        return writtenErrands;
    }

    /** Writes the notes and errands over every case of the workspace, then waits for the indexer. */
    void load() {
        totalCases = jdbc.count("SELECT COUNT(*) FROM cases");
        if (totalCases == 0) {
            return;
        }
        long afterId = 0;
        long sinceWait = 0;
        while (true) {
            List<CaseRow> chunk = jdbc.list("SELECT id, status, contact_id, created_at, last_activity_at, resolved_at "
                    + "FROM cases WHERE id > ? ORDER BY id FETCH FIRST " + CASES_PER_CHUNK + " ROWS ONLY",
                    rs -> new CaseRow(rs.getLong("id"), rs.getString("status"), Jdbc.instant(rs, "created_at"),
                            Jdbc.instant(rs, "last_activity_at"), Jdbc.instant(rs, "resolved_at")), afterId);
            if (chunk.isEmpty()) {
                break;
            }
            jdbc.inDeferredWriteTransaction(() -> {
                write(chunk);
                return null;
            });
            afterId = chunk.getLast().id();
            sinceWait += chunk.size();
            if (sinceWait >= CASES_PER_INDEX_WAIT) {
                ws.search().awaitIndexed(Duration.ofHours(1));
                sinceWait = 0;
                progress.printf("  %,d notes, %,d errands written and indexed%n", writtenNotes, writtenErrands);
                progress.flush();
            }
        }
        jdbc.inTransaction(() -> {
            numbers.forEach((year, last) -> {
                if (jdbc.update("UPDATE errand_numbers SET last_number = ? WHERE ref_year = ? AND last_number < ?",
                        last, year, last) == 0 && jdbc.count("SELECT COUNT(*) FROM errand_numbers WHERE ref_year = ?",
                        year) == 0) {
                    jdbc.update("INSERT INTO errand_numbers (ref_year, last_number) VALUES (?, ?)", year, last);
                }
            });
            return null;
        });
        ws.search().awaitIndexed(Duration.ofHours(1));
    }

    /**
     * {@code created} is the start of the conversation: a case the sync path stored is created when it was synced,
     * but its conversation (its last activity) may be much older.
     */
    private record CaseRow(long id, String status, Instant created, Instant lastActivity, Instant resolved) {
        CaseRow {
            created = created.isAfter(lastActivity) ? lastActivity : created;
        }

        boolean finished() {
            return status.equals("RESOLVED") || status.equals("CLOSED");
        }
    }

    /** What one chunk writes, gathered for the batches. */
    private static final class Rows {
        final List<Object[]> notes = new ArrayList<>();
        final List<Object[]> errands = new ArrayList<>();
        final List<List<Object[]>> events = new ArrayList<>();
        final List<Object[]> deliveries = new ArrayList<>();
        final List<Object[]> audit = new ArrayList<>();
        final List<Long> touched = new ArrayList<>();
        final List<Object[]> withErrands = new ArrayList<>();
        final List<Object[]> waitingInternal = new ArrayList<>();
        final List<Object[]> leadTags = new ArrayList<>();
    }

    private void write(List<CaseRow> chunk) {
        Rows rows = new Rows();
        for (CaseRow c : chunk) {
            long k = ordinal++;
            int n = share(notes, k);
            int e = share(errands, k);
            if (n + e == 0) {
                continue;
            }
            rows.touched.add(c.id());
            SplittableRandom r = new SplittableRandom(c.id() * 31 + 5);
            SyntheticTexts texts = new SyntheticTexts(r);
            boolean german = r.nextInt(10) < 6;
            for (int i = 0; i < n; i++) {
                Instant at = within(c.created().plus(Duration.ofMinutes(20 + r.nextInt(600))), c);
                rows.notes.add(new Object[] {c.id(), "agent" + r.nextInt(8), texts.note(german), r.nextInt(10) == 0,
                        at, at});
                rows.audit.add(new Object[] {at, "agent", "note.added", "case", String.valueOf(c.id()), null});
            }
            for (int i = 0; i < e; i++) {
                errand(c, r, rows);
            }
            if (e > 0) {
                rows.withErrands.add(new Object[] {c.id()});
            }
        }
        jdbc.batch("INSERT INTO notes (case_id, contact_id, author, body, pinned, created_at, updated_at, version) "
                + "VALUES (?, NULL, ?, ?, ?, ?, ?, 0)", rows.notes);
        long[] ids = jdbc.batchInsert("INSERT INTO errands (ref, case_id, unit_key, recipient, via, status, due_at, "
                + "created_at, updated_at, redirected_to, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0)",
                rows.errands);
        List<Object[]> events = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            for (Object[] ev : rows.events.get(i)) {
                events.add(new Object[] {ids[i], ev[0], ev[1], ev[2], ev[3]});
            }
            Object[] d = rows.deliveries.get(i);
            rows.deliveries.set(i, new Object[] {ids[i], d[0], d[1]});
        }
        jdbc.batch("INSERT INTO errand_events (errand_id, event_at, event_type, by_whom, note) VALUES (?, ?, ?, ?, ?)",
                events);
        jdbc.batch("INSERT INTO errand_deliveries (errand_id, message_id, external_id, delivered, attempts, last_error, "
                + "delivered_at) VALUES (?, ?, NULL, TRUE, 1, NULL, ?)", rows.deliveries);
        jdbc.batch("UPDATE cases SET status = 'WAITING_INTERNAL' WHERE id = ? AND status <> 'WAITING_INTERNAL'",
                rows.waitingInternal);
        jdbc.batch("INSERT INTO case_tags (case_id, tag) VALUES (?, ?)", rows.leadTags);
        jdbc.batch(REFRESH_SUMMARY, rows.withErrands);
        jdbc.batch("INSERT INTO audit_log (logged_at, actor, action, subject_type, subject_id, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?)", rows.audit);
        for (long id : rows.touched) {
            ws.events().publish(new Event.CaseChanged(id, false)); // the whole case: notes and errands included
        }
        writtenNotes += rows.notes.size();
        writtenErrands += ids.length;
    }

    /** How many of {@code total} the {@code k}-th case gets, so that the whole workspace gets exactly {@code total}. */
    private int share(long total, long k) {
        return (int) (Math.floorDiv((k + 1) * total, totalCases) - Math.floorDiv(k * total, totalCases));
    }

    /** One errand of a case, as forwarding, the unit's answers and the follow-up ladder would have left it. */
    private void errand(CaseRow c, SplittableRandom r, Rows rows) {
        String[] unit = UNITS.get(r.nextInt(UNITS.size()));
        boolean phone = r.nextInt(100) < 15;
        int dueDays = Integer.parseInt(unit[4]);
        Instant created;
        Instant due;
        ErrandStatus status;
        if (c.finished()) {
            created = within(c.created().plus(Duration.ofHours(1 + r.nextInt(48))), c);
            due = created.plus(Duration.ofDays(dueDays));
            status = r.nextInt(10) == 0 ? ErrandStatus.DECLINED : ErrandStatus.DONE;
        } else {
            boolean overdue = openErrands++ % 3 == 0;
            long daysAgo = overdue ? dueDays + 1 + r.nextInt(10) : r.nextInt(dueDays);
            created = max(c.created().plus(Duration.ofHours(1)), now.minus(Duration.ofDays(daysAgo))
                    .minus(Duration.ofMinutes(r.nextInt(600))));
            created = created.isAfter(now) ? now : created;
            due = created.plus(Duration.ofDays(dueDays));
            int dice = r.nextInt(10);
            status = dice < 4 ? ErrandStatus.SENT : dice < 7 ? ErrandStatus.ACKNOWLEDGED : ErrandStatus.IN_PROGRESS;
            rows.waitingInternal.add(new Object[] {c.id()});
        }
        int year = created.atZone(ZoneOffset.UTC).getYear();
        long number = numbers.merge(year, 1L, Long::sum);
        ErrandRef ref = ErrandRef.of(year, number);
        ErrandChannel via = phone ? ErrandChannel.PHONE : ErrandChannel.EMAIL;
        String recipient = phone ? unit[3] : unit[2];
        List<Object[]> events = new ArrayList<>();
        String agent = "agent" + r.nextInt(8);
        events.add(phone ? new Object[] {created, ErrandEvent.Type.CALL.name(), agent, "called " + unit[1] + " at "
                + unit[3]} : new Object[] {created, ErrandEvent.Type.SENT.name(), agent, "dossier sent to " + unit[2]});
        Instant answered = min(created.plus(Duration.ofHours(2 + r.nextInt(40))), now);
        Instant updated = created;
        switch (status) {
            case ACKNOWLEDGED -> events.add(new Object[] {updated = answered, ErrandEvent.Type.RECEIVED.name(), unit[2],
                    "Eingang bestätigt / received"});
            case IN_PROGRESS -> {
                events.add(new Object[] {answered, ErrandEvent.Type.RECEIVED.name(), unit[2], null});
                events.add(new Object[] {updated = answered, ErrandEvent.Type.IN_PROGRESS.name(), unit[2],
                        "Wird bearbeitet, Auftrag an den Bauhof erteilt."});
            }
            case DONE -> events.add(new Object[] {updated = finish(c, answered), ErrandEvent.Type.DONE.name(), unit[2],
                    "Erledigt. / Done."});
            case DECLINED -> events.add(new Object[] {updated = finish(c, answered), ErrandEvent.Type.DECLINED.name(),
                    unit[2], "Nicht unsere Zuständigkeit. / Not ours."});
            default -> { }
        }
        if (status.open() && due.isBefore(now)) {
            ladder(c, due, unit, events, rows);
        }
        rows.errands.add(new Object[] {ref.value(), c.id(), unit[0], recipient, via.name(), status.name(), due, created,
                updated});
        rows.events.add(events);
        rows.deliveries.add(new Object[] {phone ? null : "<sb." + ref.value() + ".bench@beispielstadt.example>",
                created});
        rows.audit.add(new Object[] {created, agent, "errand.forwarded", "case", String.valueOf(c.id()),
                ref.value() + " to " + unit[0] + " via " + via.id()});
    }

    /** The ladder's steps that are due for an overdue errand (reminder at the due time, then escalation, lead flag). */
    private void ladder(CaseRow c, Instant due, String[] unit, List<Object[]> events, Rows rows) {
        events.add(new Object[] {due, ErrandEvent.Type.REMINDER.name(), "switchboard", "reminder sent to " + unit[2]});
        Instant escalateAt = days.after(due, LADDER_DAYS);
        if (now.isBefore(escalateAt)) {
            return;
        }
        events.add(new Object[] {escalateAt, ErrandEvent.Type.ESCALATION.name(), "switchboard",
                "escalated to Leitung " + unit[1] + " <leitung." + unit[2] + ">"});
        Instant flagAt = days.after(escalateAt, LADDER_DAYS);
        if (now.isBefore(flagAt)) {
            return;
        }
        events.add(new Object[] {flagAt, ErrandEvent.Type.LEAD_FLAG.name(), "switchboard",
                "flagged for the team lead (tag " + LEAD_TAG + ")"});
        if (rows.leadTags.stream().noneMatch(t -> (long) t[0] == c.id())) {
            rows.leadTags.add(new Object[] {c.id(), LEAD_TAG});
        }
    }

    private static Instant finish(CaseRow c, Instant answered) {
        return c.resolved() != null && c.resolved().isAfter(answered) ? c.resolved() : answered;
    }

    /** {@code at}, but not after the case's last activity nor in the future. */
    private Instant within(Instant at, CaseRow c) {
        Instant latest = min(c.lastActivity().isAfter(c.created()) ? c.lastActivity() : c.created().plusSeconds(60), now);
        // (a conversation of one message: its notes follow within a minute)
        return at.isAfter(latest) ? latest : at;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
