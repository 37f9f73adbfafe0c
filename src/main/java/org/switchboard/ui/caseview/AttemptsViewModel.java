package org.switchboard.ui.caseview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.switchboard.domain.Direction;
import org.switchboard.domain.EarlierAttempt;
import org.switchboard.domain.Message;
import org.switchboard.domain.Unit;
import org.switchboard.service.cases.AttemptSuggestions;
import org.switchboard.service.cases.AttemptSuggestions.Suggestion;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.service.cases.ConversationService;
import org.switchboard.service.directory.DirectoryService;
import org.switchboard.service.events.Event;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;
import org.switchboard.ui.common.StatusModel;

/**
 * Earlier attempts in two clicks: the open case's inbound messages are read for what the person says
 * they already tried ({@link AttemptSuggestions}); each finding not yet recorded is offered, dated by its
 * message, and one click records it. The dialog records one by hand, with the directory's units offered
 * as addressees. UI thread only; reading and writing go through the {@link BackgroundRunner}.
 */
public final class AttemptsViewModel {
    /** The channels an attempt is recorded with (what the dialog offers). */
    public static final List<String> CHANNELS = List.of("email", "phone", "portal", "letter", "walk-in", "social");

    /** A suggestion to record, with the date of the message it came from. */
    public record Offer(Suggestion suggestion, LocalDate date, long messageId) {}

    /** The services it uses. */
    public record Services(ConversationService conversations, DirectoryService directory, Clock clock) {}

    private final Services services;
    private final CaseViewModel kase;
    private final BackgroundRunner runner;
    private final StatusModel status;
    private final ObservableList<Offer> offers = FXCollections.observableArrayList();
    private final ObservableList<String> addressees = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private long request;
    private boolean unitsRead;

    public AttemptsViewModel(Services services, CaseViewModel kase, BackgroundRunner runner, StatusModel status) {
        this.services = services;
        this.kase = kase;
        this.runner = runner;
        this.status = status;
        kase.detail().addListener((o, a, d) -> show(d));
        kase.caseId().addListener((o, a, b) -> notice.set(null));
    }

    /** Works out the offers for {@code detail} (in the background: messages may be long). UI thread. */
    private void show(CaseDetail detail) {
        long mine = ++request;
        if (detail == null) {
            offers.clear();
            return;
        }
        ZoneId zone = services.clock().getZone();
        runner.run(() -> offersFor(detail, zone), found -> {
            if (mine == request) {
                offers.setAll(found);
            }
        }, e -> status.fail("case.error.action", e));
    }

    /**
     * What the inbound messages of {@code d} say was already tried, less what is recorded (same addressee,
     * ignoring case and a trailing "(…)"), one offer per addressee. Any thread.
     */
    public static List<Offer> offersFor(CaseDetail d, ZoneId zone) {
        List<Offer> out = new ArrayList<>();
        for (Message m : d.messages()) {
            if (m.direction() != Direction.IN) {
                continue;
            }
            for (Suggestion s : AttemptSuggestions.in(m.text())) {
                boolean known = d.attempts().stream().anyMatch(a -> sameAddressee(a.addressee(), s.addressee()))
                        || out.stream().anyMatch(o -> sameAddressee(o.suggestion().addressee(), s.addressee()));
                if (!known) {
                    out.add(new Offer(s, m.createdAt().atZone(zone).toLocalDate(), m.id()));
                }
            }
        }
        return out;
    }

    /** "Umweltamt" and "Umweltamt (umweltamt@…)" are the same addressee. Any thread. */
    static boolean sameAddressee(String a, String b) {
        String x = core(a);
        String y = core(b);
        return !x.isEmpty() && (x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " "));
    }

    private static String core(String s) {
        String l = s == null ? "" : s.toLowerCase(Locale.ROOT);
        int paren = l.indexOf('(');
        return (paren >= 0 ? l.substring(0, paren) : l).strip();
    }

    /** Records the suggestion with its message's date. {@code after}: null when done, else the problem. UI thread. */
    public void accept(Offer o, Consumer<Notice> after) {
        Suggestion s = o.suggestion();
        add(o.date(), s.channel(), s.addressee(), s.result(), after);
    }

    /** Records an attempt of the open case's contact. UI thread. */
    public void add(LocalDate date, String channel, String addressee, String result, Consumer<Notice> after) {
        CaseDetail d = kase.detail().get();
        if (d == null) {
            after.accept(Notice.warning("case.action.none", ""));
            return;
        }
        long contact = d.contact().id();
        status.begin();
        runner.run(() -> services.conversations().addEarlierAttempt(new EarlierAttempt(0, contact, date,
                channel, addressee.strip(), result, services.clock().instant())), saved -> {
            status.end();
            notice.set(Notice.ok("case.done.attempt", ""));
            after.accept(null);
            kase.reload(); // attempts send no event of their own
        }, e -> {
            status.end();
            Notice n = Notice.problem("case.error.action", e);
            notice.set(n);
            after.accept(n);
        });
    }

    /** Reads the directory's unit names for the addressee completion, once (and after a directory change). UI thread. */
    public void readUnits() {
        if (unitsRead) {
            return;
        }
        unitsRead = true;
        runner.run(() -> services.directory().units().stream().map(Unit::name).sorted().toList(),
                addressees::setAll, e -> {
                    unitsRead = false;
                    status.fail("case.error.action", e);
                });
    }

    /** The directory changed: the names are read again when next needed. UI thread. */
    public void onEvent(Event event) {
        if (event instanceof Event.DirectoryChanged || event instanceof Event.WorkspaceReplaced) {
            unitsRead = false;
        }
    }

    /** Today, in the workstation's time zone: the dialog's default date. Any thread. */
    public LocalDate today() {
        return LocalDate.now(services.clock());
    }

    public ObservableList<Offer> offers() {
        return offers;
    }

    /** The directory's unit names, once {@link #readUnits()} has read them. */
    public ObservableList<String> addressees() {
        return addressees;
    }

    public ReadOnlyObjectProperty<Notice> notice() {
        return notice;
    }
}
