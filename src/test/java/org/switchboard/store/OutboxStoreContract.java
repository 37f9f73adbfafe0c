package org.switchboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Account;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Draft;
import org.switchboard.domain.OutboxEntry;
import org.switchboard.domain.OutboxEntry.State;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.domain.StaleWriteException;

/**
 * Drafts and the outbox against a real database with the real migrations: H2 ({@link H2OutboxStoreTest}) and
 * PostgreSQL ({@link PostgresOutboxStoreTest}), so the SQL stays portable.
 */
abstract class OutboxStoreContract {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    @TempDir
    Path dir;

    protected Database db;
    private JdbcDraftRepository drafts;
    private JdbcOutboxRepository outbox;
    private JdbcCaseRepository cases;
    private Account account;
    private Case kase;

    protected abstract Database openDatabase();

    @BeforeEach
    void open() {
        db = openDatabase();
        drafts = new JdbcDraftRepository(db.jdbc());
        outbox = new JdbcOutboxRepository(db.jdbc());
        cases = new JdbcCaseRepository(db.jdbc());
        account = new JdbcAccountRepository(db.jdbc()).insert(new Account(0, Platform.MASTODON, "Stadt Mastodon", null,
                false, false, Map.of("instance", "https://social.example"), T0));
        Contact c = new JdbcContactRepository(db.jdbc()).insert(new Contact(0, "Jonas Wägner", null, null, T0, 0));
        kase = newCase(c.id());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aDraftRoundTripsAndAStaleSaveIsAConflict() {
        Draft d = drafts.insert(new Draft(0, kase.id(), ReplyChannel.PUBLIC, "ext-1", "Grüße 🙂", Draft.State.EDITING,
                T0, T0, 0, 7L, 6L, null));
        assertThat(d.originCaseId()).isEqualTo(kase.id());
        Draft saved = drafts.update(d.withText("Grüße, Ihr Team", T0.plusSeconds(1)));
        assertThat(saved.version()).isEqualTo(1);
        assertThat(drafts.find(d.id()).orElseThrow()).extracting(Draft::text, Draft::replyToMessageId,
                Draft::baseMessageId).containsExactly("Grüße, Ihr Team", 7L, 6L);
        assertThatThrownBy(() -> drafts.update(d.withText("veraltet", T0))).isInstanceOf(StaleWriteException.class);
        assertThat(drafts.editing(kase.id(), ReplyChannel.PUBLIC, kase.id())).extracting(Draft::id)
                .containsExactly(d.id());
        assertThat(drafts.editingPage(0, 10)).hasSize(1);
        assertThat(drafts.countEditing()).isEqualTo(1);
    }

    @Test
    void aMergeMovesDraftsAndRemembersWhereTheyBegan() {
        Case other = newCase(kase.contactId());
        Draft onOther = drafts.insert(new Draft(0, other.id(), ReplyChannel.PUBLIC, null, "Von Fall B", Draft.State.EDITING,
                T0, T0, 0));
        Draft onMain = drafts.insert(new Draft(0, kase.id(), ReplyChannel.PUBLIC, null, "Von Fall A", Draft.State.EDITING,
                T0, T0.plusSeconds(5), 0));
        db.jdbc().run(() -> cases.moveContents(other.id(), kase.id()));

        assertThat(cases.mergedInto(other.id())).contains(kase.id());
        assertThat(cases.mergedInto(kase.id())).isEmpty();
        assertThat(drafts.editing(kase.id(), ReplyChannel.PUBLIC, other.id())).extracting(Draft::id)
                .containsExactly(onOther.id(), onMain.id());
        assertThat(drafts.editing(kase.id(), ReplyChannel.PUBLIC, kase.id())).extracting(Draft::id)
                .containsExactly(onMain.id(), onOther.id());
    }

    @Test
    void dueEntriesComeInOrderAndTheListingKeepsSentOnesForAWhile() {
        Draft d = drafts.insert(new Draft(0, kase.id(), ReplyChannel.PUBLIC, null, "x", Draft.State.RELEASED, T0, T0, 0));
        OutboxEntry now = outbox.insert(entry(d, "k1", State.QUEUED, null, null));
        OutboxEntry later = outbox.insert(entry(d, "k2", State.QUEUED, T0.plus(Duration.ofMinutes(5)), null));
        OutboxEntry earlier = outbox.insert(entry(d, "k3", State.QUEUED, T0.minus(Duration.ofMinutes(1)), null));
        OutboxEntry oldSent = outbox.insert(entry(d, "k4", State.SENT, null, T0.minus(Duration.ofDays(8))));
        OutboxEntry sent = outbox.insert(entry(d, "k5", State.SENT, null, T0.minus(Duration.ofDays(1))));

        assertThat(outbox.due(T0, 10)).extracting(OutboxEntry::id).containsExactly(now.id(), earlier.id());
        assertThat(outbox.nextAttempt()).contains(T0.minus(Duration.ofMinutes(1)));
        List<OutboxEntry> first = outbox.page(T0.minus(Duration.ofDays(7)), null, 0, 2);
        List<OutboxEntry> second = outbox.page(T0.minus(Duration.ofDays(7)), first.getLast().createdAt(),
                first.getLast().id(), 10);
        assertThat(first).extracting(OutboxEntry::id).containsExactly(now.id(), later.id());
        assertThat(second).extracting(OutboxEntry::id).containsExactly(earlier.id(), sent.id());
        assertThat(second).extracting(OutboxEntry::id).doesNotContain(oldSent.id());
        assertThat(outbox.latestForDraft(d.id())).get().extracting(OutboxEntry::id).isEqualTo(sent.id());
    }

    @Test
    void stateChangesAreVersionedAndOnlyNetworkWaitsAreMadeDue() {
        Draft d = drafts.insert(new Draft(0, kase.id(), ReplyChannel.DIRECT, null, "x", Draft.State.RELEASED, T0, T0, 0));
        OutboxEntry e = outbox.insert(entry(d, "k1", State.QUEUED, null, null));
        OutboxEntry sending = outbox.update(with(e, State.SENDING, true, null, null)).orElseThrow();
        assertThat(sending.version()).isEqualTo(1);
        assertThat(sending.readBack()).isTrue();
        assertThat(outbox.update(with(e, State.SENDING, false, null, null))).as("stale").isEmpty();
        assertThat(outbox.inState(State.SENDING, 10)).extracting(OutboxEntry::id).containsExactly(e.id());

        OutboxEntry network = outbox.update(with(sending, State.QUEUED, true, "NETWORK", T0.plusSeconds(900)))
                .orElseThrow();
        Draft d2 = drafts.insert(new Draft(0, kase.id(), ReplyChannel.PUBLIC, null, "y", Draft.State.RELEASED, T0, T0, 0));
        OutboxEntry limited = outbox.insert(entry(d2, "k2", State.QUEUED, T0.plusSeconds(900), null));
        outbox.update(with(limited, State.QUEUED, false, "RATE_LIMITED", T0.plusSeconds(900)));

        assertThat(outbox.makeDue(account.id(), T0)).isEqualTo(1);
        assertThat(outbox.find(network.id()).orElseThrow().nextAttemptAt()).isEqualTo(T0);
        assertThat(outbox.find(limited.id()).orElseThrow().nextAttemptAt()).isEqualTo(T0.plusSeconds(900));
    }

    @Test
    void removingAnAccountKeepsItsEntriesWithItsName() {
        Draft d = drafts.insert(new Draft(0, kase.id(), ReplyChannel.PUBLIC, null, "x", Draft.State.RELEASED, T0, T0, 0));
        OutboxEntry e = outbox.insert(entry(d, "k1", State.QUEUED, null, null));
        db.jdbc().run(() -> {
            db.jdbc().update("UPDATE cases SET account_id = NULL");
            new JdbcAccountRepository(db.jdbc()).delete(account.id());
        });
        OutboxEntry after = outbox.find(e.id()).orElseThrow();
        assertThat(after.accountId()).isNull();
        assertThat(after.accountName()).isEqualTo("Stadt Mastodon");
    }

    private OutboxEntry entry(Draft d, String key, State state, Instant next, Instant sentAt) {
        return new OutboxEntry(0, d.id(), d.caseId(), account.id(), account.name(), Platform.MASTODON, null,
                d.channel(), state, 0, false, null, null, state == State.SENT ? "ext-" + key : null, null, key,
                "Antwort " + key, T0, T0, null, sentAt, next, 0);
    }

    private static OutboxEntry with(OutboxEntry e, State state, boolean readBack, String kind, Instant next) {
        return new OutboxEntry(e.id(), e.draftId(), e.caseId(), e.accountId(), e.accountName(), e.platform(),
                e.targetMessageId(), e.channel(), state, e.attempts() + 1, readBack, kind == null ? null : "words", kind,
                e.externalId(), e.url(), e.idempotencyKey(), e.text(), e.createdAt(), T0, T0, e.sentAt(), next,
                e.version());
    }

    private Case newCase(long contactId) {
        return cases.insert(new Case(0, CaseStatus.OPEN, null, Priority.NORMAL, null, List.of(), contactId, null,
                Platform.MASTODON, "Laterne", T0, T0, null, 0, null, 0));
    }
}
