package org.switchboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Account;
import org.switchboard.domain.Attachment;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseLink;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.EarlierAttempt;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.ErrandRef;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.Identity;
import org.switchboard.domain.Message;
import org.switchboard.domain.MessageEdit;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Note;
import org.switchboard.domain.NoteEdit;
import org.switchboard.domain.Outcome;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.StaleWriteException;
import org.switchboard.domain.Unit;
import org.switchboard.domain.queue.AssigneeFilter;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueuePage;
import org.switchboard.domain.queue.QueueQuery;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.domain.queue.QueueSort;

/**
 * The JDBC repositories against a real database with the real migrations: H2 ({@link H2RepositoryTest})
 * and PostgreSQL ({@link PostgresRepositoryTest}), so the SQL stays portable.
 */
abstract class RepositoryContract {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    @TempDir
    Path dir;

    protected Database db;
    protected JdbcCaseRepository cases;
    private JdbcContactRepository contacts;
    private JdbcMessageRepository messages;
    private JdbcAccountRepository accounts;

    /** A fresh, empty database with the migrations applied. */
    protected abstract Database openDatabase();

    @BeforeEach
    void open() {
        db = openDatabase();
        cases = new JdbcCaseRepository(db.jdbc());
        contacts = new JdbcContactRepository(db.jdbc());
        messages = new JdbcMessageRepository(db.jdbc());
        accounts = new JdbcAccountRepository(db.jdbc());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void migrationsCreateTheSchema() {
        assertThat(db.schemaVersion()).isGreaterThanOrEqualTo(2);
        assertThat(cases.countAll()).isZero();
    }

    @Test
    void aCaseRoundTripsWithTagsAndUtcTimes() {
        Contact c = contacts.insert(new Contact(0, "Jonas Wägner", "jonas@example.org", null, T0, 0));
        Case saved = cases.insert(newCase(c.id(), T0, Priority.HIGH, List.of("Müll", "Foto")));
        Case read = cases.find(saved.id()).orElseThrow();
        assertThat(read.tags()).containsExactly("Foto", "Müll");
        assertThat(read.createdAt()).isEqualTo(T0);
        assertThat(read.priority()).isEqualTo(Priority.HIGH);
        assertThat(read.version()).isZero();
    }

    @Test
    void aStaleUpdateIsAConflictAndChangesNothing() {
        Contact c = contacts.insert(new Contact(0, "Ana", null, null, T0, 0));
        Case original = cases.insert(newCase(c.id(), T0, Priority.NORMAL, List.of()));
        Case mine = cases.update(original.withAssignee("mira"));
        assertThat(mine.version()).isEqualTo(1);

        Case theirs = original.withAssignee("tobias"); // read before my write: version 0
        assertThatThrownBy(() -> cases.update(theirs)).isInstanceOf(StaleWriteException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(cases.find(original.id()).orElseThrow().assignee()).isEqualTo("mira");
    }

    @Test
    void aStaleContactUpdateIsAConflict() {
        Contact c = contacts.insert(new Contact(0, "Ana", null, null, T0, 0));
        contacts.update(new Contact(c.id(), "Ana Müller", null, null, T0, 0));
        assertThatThrownBy(() -> contacts.update(new Contact(c.id(), "Ana M.", null, null, T0, 0)))
                .isInstanceOf(StaleWriteException.class);
    }

    @Test
    void keysetPagingWalksTheWholeQueueOnceInEverySort() {
        Contact c = contacts.insert(new Contact(0, "Many", null, null, T0, 0));
        int n = 57;
        for (int i = 0; i < n; i++) {
            // Several cases share a time, so the id must break ties without skipping or repeating.
            Instant t = T0.minus(Duration.ofMinutes(i / 3));
            cases.insert(newCase(c.id(), t, Priority.values()[i % 4], List.of()));
        }
        for (QueueSort sort : QueueSort.values()) {
            List<Long> seen = new ArrayList<>();
            QueuePage page = cases.page(QueueQuery.firstPage(QueueFilter.NOT_CLOSED, sort, 10), T0);
            int pages = 1;
            seen.addAll(page.rows().stream().map(QueueRow::id).toList());
            while (page.hasMore()) {
                page = cases.page(QueueQuery.firstPage(QueueFilter.NOT_CLOSED, sort, 10).next(page.next()), T0);
                seen.addAll(page.rows().stream().map(QueueRow::id).toList());
                pages++;
            }
            assertThat(seen).as(sort.name()).hasSize(n).doesNotHaveDuplicates();
            assertThat(pages).isEqualTo(6);
            List<QueueRow> all = cases.page(QueueQuery.firstPage(QueueFilter.NOT_CLOSED, sort, 100), T0).rows();
            assertThat(all.stream().map(QueueRow::id).toList()).as("pages join to one ordered list").isEqualTo(seen);
        }
    }

    @Test
    void longestWaitingComesFirstAndCasesNobodyWaitsOnLast() {
        Contact c = contacts.insert(new Contact(0, "Order", null, null, T0, 0));
        Case fresh = cases.insert(newCase(c.id(), T0, Priority.NORMAL, List.of()));
        Case old = cases.insert(newCase(c.id(), T0.minus(Duration.ofDays(2)), Priority.NORMAL, List.of()));
        Case answered = cases.insert(newCase(c.id(), T0.minus(Duration.ofDays(5)), Priority.NORMAL, List.of()));
        cases.update(answered.withStatus(CaseStatus.WAITING_CUSTOMER, null, null));

        List<QueueRow> rows = cases.page(QueueQuery.firstPage(QueueFilter.NOT_CLOSED, QueueSort.WAITING, 10), T0)
                .rows();
        assertThat(rows).extracting(QueueRow::id).containsExactly(old.id(), fresh.id(), answered.id());
        assertThat(rows.get(2).waitingSince()).as("nobody waits on a case that waits on the customer").isNull();

        List<QueueRow> urgentFirst = cases.page(QueueQuery.firstPage(QueueFilter.NOT_CLOSED, QueueSort.NEWEST, 10),
                T0).rows();
        assertThat(urgentFirst.getFirst().id()).isEqualTo(fresh.id());
    }

    @Test
    void filtersNarrowTheQueueAndCountsAgree() {
        Account fb = accounts.insert(new Account(0, Platform.FACEBOOK, "City FB", null, false, false, Map.of(), T0));
        Contact c = contacts.insert(new Contact(0, "Filter", null, null, T0, 0));
        Case a = cases.insert(newCase(c.id(), T0, Priority.URGENT, List.of("Müll")));
        cases.update(a.withAssignee("mira"));
        Case b = cases.insert(new Case(0, CaseStatus.NEW, null, Priority.LOW, null, List.of(), c.id(), fb.id(),
                Platform.FACEBOOK, "fb", T0, T0, T0, 1, null, 0));
        Case closed = cases.insert(newCase(c.id(), T0, Priority.LOW, List.of()));
        cases.update(closed.withStatus(CaseStatus.CLOSED, Outcome.ANSWERED, T0));

        assertThat(ids(QueueFilter.NOT_CLOSED)).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(ids(QueueFilter.NOT_CLOSED.withPlatform(Platform.FACEBOOK))).containsExactly(b.id());
        assertThat(ids(QueueFilter.NOT_CLOSED.withAccount(fb.id()))).containsExactly(b.id());
        assertThat(ids(QueueFilter.NOT_CLOSED.withAssignee(AssigneeFilter.agent("mira")))).containsExactly(a.id());
        assertThat(ids(QueueFilter.NOT_CLOSED.withAssignee(AssigneeFilter.NOBODY))).containsExactly(b.id());
        assertThat(ids(QueueFilter.NOT_CLOSED.withPriority(Priority.URGENT))).containsExactly(a.id());
        assertThat(ids(QueueFilter.NOT_CLOSED.withTag("Müll"))).containsExactly(a.id());
        assertThat(ids(QueueFilter.NOT_CLOSED.withStatuses(Set.of(CaseStatus.CLOSED)))).containsExactly(closed.id());
        assertThat(cases.count(QueueFilter.NOT_CLOSED, T0)).isEqualTo(2);
        assertThat(cases.count(QueueFilter.NOT_CLOSED.withResolvedSince(T0.minusSeconds(1))
                .withStatuses(Set.of(CaseStatus.CLOSED)), T0)).isEqualTo(1);
    }

    @Test
    void openAndOverdueErrandsShowOnTheQueueRow() {
        Contact c = contacts.insert(new Contact(0, "Errand", null, null, T0, 0));
        Case k = cases.insert(newCase(c.id(), T0, Priority.NORMAL, List.of()));
        JdbcErrandRepository errands = new JdbcErrandRepository(db.jdbc());
        errands.insert(errand(k.id(), errands.nextNumber(2026), T0.minus(Duration.ofDays(1))));
        errands.insert(errand(k.id(), errands.nextNumber(2026), T0.plus(Duration.ofDays(3))));

        QueueRow row = cases.page(QueueQuery.firstPage(QueueFilter.NOT_CLOSED, QueueSort.WAITING, 5), T0)
                .rows().getFirst();
        assertThat(row.openErrands()).isEqualTo(2);
        assertThat(row.overdueErrands()).isEqualTo(1);
        assertThat(ids(QueueFilter.NOT_CLOSED.withOverdue(true))).containsExactly(k.id());
        assertThat(errands.forCase(k.id())).extracting(e -> e.ref().value())
                .containsExactly("SB-2026-000001", "SB-2026-000002");
    }

    @Test
    void errandNumbersAreNeverReused() {
        JdbcErrandRepository errands = new JdbcErrandRepository(db.jdbc());
        Set<Long> numbers = new HashSet<>();
        for (int i = 0; i < 25; i++) {
            numbers.add(errands.nextNumber(2026));
        }
        assertThat(numbers).hasSize(25).contains(1L, 25L);
        assertThat(errands.nextNumber(2027)).isEqualTo(1L);
    }

    @Test
    void messagesKeepHistoryAttachmentsAndAreUniquePerAccount() {
        Account acc = accounts.insert(new Account(0, Platform.MASTODON, "Masto", null, false, false, Map.of(), T0));
        Contact c = contacts.insert(new Contact(0, "Łukasz 🧑‍💻", null, null, T0, 0));
        Case k = cases.insert(newCase(c.id(), T0, Priority.NORMAL, List.of()));
        Message m = messages.insert(new Message(0, k.id(), acc.id(), Platform.MASTODON, "4711", Direction.IN,
                MessageKind.MENTION, c.id(), "Łukasz", "Neu: <b>kein HTML</b>", null, T0, T0.plusSeconds(60),
                List.of(new MessageEdit("Alt", T0)), "https://social.example/@l/4711", null,
                List.of(new Attachment("image", "https://cdn.example/a.jpg", "a.jpg"))));
        Message read = messages.forCase(k.id()).getFirst();
        assertThat(read.text()).isEqualTo("Neu: <b>kein HTML</b>");
        assertThat(read.history()).containsExactly(new MessageEdit("Alt", T0));
        assertThat(read.attachments()).extracting(Attachment::url).containsExactly("https://cdn.example/a.jpg");
        assertThat(messages.findByExternalId(acc.id(), "4711")).map(Message::id).contains(m.id());
        assertThatThrownBy(() -> messages.insert(m)).isInstanceOf(StoreException.ConstraintViolationException.class);
    }

    @Test
    void contactsFindTheirIdentitiesAndAttempts() {
        Contact c = contacts.insert(new Contact(0, "Lena", null, null, T0, 0));
        contacts.addIdentity(new Identity(0, c.id(), Platform.INSTAGRAM, "lena.k", "Lena", null));
        contacts.addIdentity(new Identity(0, c.id(), Platform.EMAIL, "lena@example.org", null, null));
        contacts.addAttempt(new EarlierAttempt(0, c.id(), LocalDate.of(2026, 11, 10), "email", "Fundbüro",
                "keine Antwort", T0));
        assertThat(contacts.findIdentity(Platform.EMAIL, "lena@example.org")).map(Identity::contactId)
                .contains(c.id());
        assertThat(contacts.identities(c.id())).hasSize(2);
        assertThat(contacts.attempts(c.id())).extracting(EarlierAttempt::addressee).containsExactly("Fundbüro");
    }

    @Test
    void aPageIsWrittenAndReadInBatches() {
        Account acc = accounts.insert(new Account(0, Platform.MASTODON, "Masto", null, false, false, Map.of(), T0));
        Contact c = contacts.insert(new Contact(0, "Lena", null, null, T0, 0));
        contacts.addIdentity(new Identity(0, c.id(), Platform.MASTODON, "lena", "Lena", null));
        List<Case> inserted = cases.insertAll(List.of(newCase(c.id(), T0, Priority.NORMAL, List.of("Müll")),
                newCase(c.id(), T0.plusSeconds(1), Priority.HIGH, List.of())));
        assertThat(inserted).extracting(Case::id).doesNotContain(0L).doesNotHaveDuplicates();
        List<Message> stored = messages.insertAll(List.of(
                new Message(0, inserted.get(0).id(), acc.id(), Platform.MASTODON, "a1", Direction.IN,
                        MessageKind.MENTION, c.id(), "Lena", "eins", null, T0, null, List.of(new MessageEdit("ains", T0)),
                        null, null, List.of(new Attachment("image", "https://cdn.example/a.jpg", "a.jpg"))),
                new Message(0, inserted.get(1).id(), acc.id(), Platform.MASTODON, "a2", Direction.IN,
                        MessageKind.MENTION, c.id(), "Lena", "zwei", null, T0, null, List.of(), null, null, List.of())));
        assertThat(messages.forCase(inserted.get(0).id())).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(stored.get(0).id());
            assertThat(m.history()).containsExactly(new MessageEdit("ains", T0));
            assertThat(m.attachments()).hasSize(1);
        });
        assertThat(messages.findByExternalIds(acc.id(), List.of("a1", "a2", "a3")).keySet())
                .containsExactlyInAnyOrder("a1", "a2");
        assertThat(messages.findByIds(List.of(stored.get(1).id()))).extracting(Message::text).containsExactly("zwei");
        assertThat(cases.findAll(inserted.stream().map(Case::id).toList())).hasSize(2)
                .anySatisfy(k -> assertThat(k.tags()).containsExactly("Müll"));
        assertThat(contacts.findIdentities(Platform.MASTODON, List.of("lena", "nobody")).keySet())
                .containsExactly("lena");
        assertThat(contacts.identitiesOf(List.of(c.id())).get(c.id())).hasSize(1);
        assertThat(contacts.findAll(List.of(c.id()))).extracting(Contact::name).containsExactly("Lena");

        List<Case> updated = cases.updateAll(List.of(inserted.get(0).withStatus(CaseStatus.OPEN, null, null)));
        assertThat(updated.getFirst().version()).isEqualTo(1);
        assertThat(cases.find(inserted.get(0).id()).orElseThrow().tags()).as("tags are left alone")
                .containsExactly("Müll");
        assertThatThrownBy(() -> cases.updateAll(List.of(inserted.get(0))))
                .isInstanceOf(org.switchboard.domain.StaleWriteException.class);

        new JdbcAuditLog(db.jdbc()).appendAll(List.of(
                new org.switchboard.domain.AuditEvent(0, T0, "bench", "case.created", "case", "1", "x"),
                new org.switchboard.domain.AuditEvent(0, T0, "bench", "case.status", "case", "1", "y")));
        assertThat(new JdbcAuditLog(db.jdbc()).forSubject("case", "1"))
                .extracting(org.switchboard.domain.AuditEvent::action).containsExactly("case.created", "case.status");
    }

    @Test
    void directoryUnitsAreSavedByKeyWithTheirLists() {
        JdbcDirectoryRepository dir = new JdbcDirectoryRepository(db.jdbc());
        dir.saveUnit(new Unit(0, "roads", "Straßenbauamt", "strasse@example.org", List.of("+49 1", "+49 2"), null,
                null, null, List.of("Gehweg", "pothole"), List.of(), 5, "Mo-Fr 08:00-16:00", null, 0));
        Unit again = dir.saveUnit(new Unit(0, "roads", "Straßenbauamt (Tiefbau)", "strasse@example.org",
                List.of("+49 1"), null, null, null, List.of("Gehweg"), List.of(), 3, null, null, 0));
        assertThat(dir.units()).hasSize(1);
        assertThat(again.name()).isEqualTo("Straßenbauamt (Tiefbau)");
        assertThat(again.version()).isEqualTo(1);
        assertThat(dir.unit("roads").orElseThrow().keywords()).containsExactly("Gehweg");
    }

    @Test
    void caseLinksFormAStarThatCanMoveToANewMainCase() {
        Contact c = contacts.insert(new Contact(0, "Links", null, null, T0, 0));
        Case main = cases.insert(newCase(c.id(), T0, Priority.NORMAL, List.of()));
        Case second = cases.insert(newCase(c.id(), T0, Priority.NORMAL, List.of()));
        Case third = cases.insert(newCase(c.id(), T0, Priority.NORMAL, List.of()));
        Case other = cases.insert(newCase(c.id(), T0, Priority.NORMAL, List.of()));
        JdbcCaseLinkRepository links = new JdbcCaseLinkRepository(db.jdbc());

        links.save(new CaseLink(third.id(), main.id(), "mira", T0.plusSeconds(20)));
        links.save(new CaseLink(second.id(), other.id(), "mira", T0));
        links.save(new CaseLink(second.id(), main.id(), "tobias", T0.plusSeconds(10))); // replaces, not a second row
        assertThat(links.of(second.id())).contains(new CaseLink(second.id(), main.id(), "tobias", T0.plusSeconds(10)));
        assertThat(links.duplicatesOf(main.id())).extracting(CaseLink::caseId).containsExactly(second.id(), third.id());
        assertThat(links.duplicatesOf(other.id())).isEmpty();
        assertThat(links.of(main.id())).isEmpty();

        links.moveDuplicates(main.id(), other.id());
        links.save(new CaseLink(main.id(), other.id(), "mira", T0.plusSeconds(30)));
        assertThat(links.duplicatesOf(other.id())).extracting(CaseLink::caseId)
                .containsExactly(second.id(), third.id(), main.id());
        assertThat(links.remove(third.id())).isTrue();
        assertThat(links.remove(third.id())).as("nothing left to remove").isFalse();
        assertThat(links.duplicatesOf(other.id())).extracting(CaseLink::caseId).containsExactly(second.id(), main.id());
        assertThatThrownBy(() -> links.save(new CaseLink(third.id(), 999_999, "mira", T0)))
                .as("a link to a case that does not exist").isInstanceOf(StoreException.class);
    }

    @Test
    void aDismissalIsStoredOnceAndHoldsFromBothSides() {
        Contact a = contacts.insert(new Contact(0, "Anna", null, null, T0, 0));
        Contact b = contacts.insert(new Contact(0, "Anna", null, null, T0, 0));
        Contact x = contacts.insert(new Contact(0, "Xaver", null, null, T0, 0));
        contacts.dismiss(b.id(), a.id(), "mira", T0);
        contacts.dismiss(a.id(), b.id(), "tobias", T0.plusSeconds(5)); // the same pair again: no error, one row
        contacts.dismiss(x.id(), a.id(), "mira", T0);
        assertThat(contacts.dismissed(a.id())).containsExactlyInAnyOrder(b.id(), x.id());
        assertThat(contacts.dismissed(b.id())).containsExactly(a.id());
        assertThat(contacts.dismissed(x.id())).containsExactly(a.id());
        assertThat(db.jdbc().count("SELECT COUNT(*) FROM contact_dismissals")).isEqualTo(2);
    }

    @Test
    void findingAContactTakesTheTextLiterallyAndIgnoresCase() {
        Contact percent = contacts.insert(new Contact(0, "Anna 100% Müller", null, null, T0, 0));
        Contact under = contacts.insert(new Contact(0, "Ben_Bauer", null, null, T0, 0));
        Contact plain = contacts.insert(new Contact(0, "Cem 1000 Bauer", null, null, T0, 0));
        Contact slash = contacts.insert(new Contact(0, "Dora", null, null, T0, 0));
        contacts.addIdentity(new Identity(0, slash.id(), Platform.X, "dora\\backslash", null, null));
        contacts.addIdentity(new Identity(0, plain.id(), Platform.MASTODON, "@Cem@Social.Example", null, null));
        Contact merged = contacts.insert(new Contact(0, "Anna Müller", null, null, T0, 0));
        contacts.mergeInto(merged.id(), percent.id());

        assertThat(contacts.find("100%", 20)).extracting(Contact::id).containsExactly(percent.id());
        assertThat(contacts.find("n_", 20)).extracting(Contact::id).containsExactly(under.id());
        assertThat(contacts.find("\\", 20)).extracting(Contact::id).containsExactly(slash.id());
        assertThat(contacts.find("ANNA", 20)).as("merged-away contacts are not offered").extracting(Contact::id)
                .containsExactly(percent.id());
        assertThat(contacts.find("cem@social", 20)).as("a handle, any case").extracting(Contact::id)
                .containsExactly(plain.id());
        assertThat(contacts.find("bauer", 20)).extracting(Contact::name).containsExactly("Ben_Bauer", "Cem 1000 Bauer");
        assertThat(contacts.find("a", 2)).hasSize(2);
    }

    @Test
    void contactsSharingDetailsAreFoundAndMergedOnesLeftOut() {
        Contact lena = contacts.insert(new Contact(0, "Lena Köhler", "lena@example.org", "+49 30 1234", T0, 0));
        contacts.addIdentity(new Identity(0, lena.id(), Platform.EMAIL, "Lena.K@Example.org", null, null));
        Contact byName = contacts.insert(new Contact(0, "lena köhler", null, null, T0, 0));
        Contact byEmail = contacts.insert(new Contact(0, "L. K.", "LENA@example.org", null, T0, 0));
        Contact byPhone = contacts.insert(new Contact(0, "Frau K.", null, "+49 30 1234", T0, 0));
        Contact byHandle = contacts.insert(new Contact(0, "LK", null, null, T0, 0));
        contacts.addIdentity(new Identity(0, byHandle.id(), Platform.EMAIL, "lena.k@example.org", null, null));
        Contact stranger = contacts.insert(new Contact(0, "Lena Schulz", "schulz@example.org", "+49 30 9", T0, 0));
        Contact gone = contacts.insert(new Contact(0, "Lena Köhler", null, null, T0, 0));
        contacts.mergeInto(gone.id(), byName.id());

        assertThat(contacts.sharingDetails(lena.id())).extracting(Contact::id)
                .containsExactly(byName.id(), byEmail.id(), byPhone.id(), byHandle.id())
                .doesNotContain(stranger.id(), gone.id());
    }

    @Test
    void unlinkingMovesOnlyThatPlatformsCasesAndMessages() {
        Account masto = accounts.insert(new Account(0, Platform.MASTODON, "Masto", null, false, false, Map.of(), T0));
        Contact from = contacts.insert(new Contact(0, "Jonas", null, null, T0, 0));
        Contact to = contacts.insert(new Contact(0, "@jonas", null, null, T0, 0));
        Case mail = cases.insert(newCase(from.id(), T0, Priority.NORMAL, List.of()));
        Case toot = cases.insert(new Case(0, CaseStatus.NEW, null, Priority.NORMAL, null, List.of(), from.id(),
                masto.id(), Platform.MASTODON, "toot", T0, T0, T0, 1, null, 0));
        messages.insert(new Message(0, toot.id(), masto.id(), Platform.MASTODON, "t1", Direction.IN,
                MessageKind.MENTION, from.id(), "Jonas", "Bank kaputt", null, T0, null, List.of(), null, null,
                List.of()));
        contacts.moveCasesOfPlatform(from.id(), to.id(), Platform.MASTODON);
        assertThat(cases.casesOf(to.id())).extracting(Case::id).containsExactly(toot.id());
        assertThat(cases.casesOf(from.id())).extracting(Case::id).containsExactly(mail.id());
        assertThat(messages.forCase(toot.id())).extracting(Message::contactId).containsExactly(to.id());
    }

    @Test
    void notesKeepTheirHistoryHideWhenDeletedAndFollowAMerge() {
        Contact c = contacts.insert(new Contact(0, "Notes", null, null, T0, 0));
        Contact other = contacts.insert(new Contact(0, "Notes too", null, null, T0, 0));
        Case k = cases.insert(newCase(c.id(), T0, Priority.NORMAL, List.of()));
        JdbcNoteRepository notes = new JdbcNoteRepository(db.jdbc());
        Note first = notes.insert(new Note(0, k.id(), null, "mira", "Rückruf zugesagt", false, T0, T0, 0));
        Note second = notes.insert(new Note(0, k.id(), null, "mira", "Foto folgt", false, T0.plusSeconds(5),
                T0.plusSeconds(5), 0));
        Note pinned = notes.update(new Note(second.id(), k.id(), null, "mira", "Foto folgt morgen", true, T0,
                T0.plusSeconds(60), 0), new NoteEdit(second.id(), "Foto folgt", "tobias", T0.plusSeconds(60)));
        assertThat(notes.forCase(k.id())).extracting(Note::id).containsExactly(second.id(), first.id());
        assertThat(notes.history(second.id())).containsExactly(new NoteEdit(second.id(), "Foto folgt", "tobias",
                T0.plusSeconds(60)));
        assertThatThrownBy(() -> notes.update(second, null)).isInstanceOf(StaleWriteException.class);
        assertThat(pinned.version()).isEqualTo(1);

        notes.setDeleted(first.id(), T0.plusSeconds(90));
        assertThat(notes.forCase(k.id())).extracting(Note::id).containsExactly(second.id());
        notes.setDeleted(first.id(), null);
        assertThat(notes.forCase(k.id())).hasSize(2);

        Note onContact = notes.insert(new Note(0, null, other.id(), "mira", "Spricht nur Englisch", false, T0, T0, 0));
        notes.moveContactNotes(other.id(), c.id());
        assertThat(notes.forContact(c.id())).extracting(Note::id).containsExactly(onContact.id());
        assertThat(notes.forContact(other.id())).isEmpty();
    }

    private List<Long> ids(QueueFilter f) {
        return cases.page(QueueQuery.firstPage(f, QueueSort.WAITING, 100), T0).rows().stream().map(QueueRow::id)
                .toList();
    }

    private static Case newCase(long contactId, Instant at, Priority p, List<String> tags) {
        return new Case(0, CaseStatus.NEW, null, p, null, tags, contactId, null, Platform.EMAIL, "preview", at, at,
                at, 1, null, 0);
    }

    private static Errand errand(long caseId, long number, Instant due) {
        return new Errand(0, ErrandRef.of(2026, number), caseId, "roads", "strasse@example.org", ErrandChannel.EMAIL,
                ErrandStatus.SENT, due, T0, T0, null, 0);
    }

    @Test
    void templatesRoundTripAndAStaleEditIsAConflict() {
        JdbcTemplateRepository templates = new JdbcTemplateRepository(db.jdbc());
        org.switchboard.domain.Template t = templates.insert(new org.switchboard.domain.Template(0, "Grüße",
                "de", "Hallo {contact.name} 👋", "gruss", T0, T0, 0));
        org.switchboard.domain.Template read = templates.find(t.id()).orElseThrow();
        assertThat(read.body()).isEqualTo("Hallo {contact.name} 👋");
        assertThat(read.createdAt()).isEqualTo(T0);
        org.switchboard.domain.Template edited = templates.update(read.edited("Grüße!", "de", "Hallo", null, T0));
        assertThat(edited.version()).isEqualTo(1);
        assertThatThrownBy(() -> templates.update(read)).isInstanceOf(StaleWriteException.class);
        assertThat(templates.all()).extracting(org.switchboard.domain.Template::name).containsExactly("Grüße!");
        assertThat(templates.delete(t.id())).isTrue();
        assertThat(templates.count()).isZero();
    }
}
