package org.switchboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.queue.AssigneeFilter;
import org.switchboard.domain.queue.QueueCursor;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueueQuery;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.domain.queue.SavedView;

/** The records refuse what the domain does not allow, with a message that names the rule. */
class RecordValidationTest {
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aResolvedCaseNeedsAnOutcome() {
        assertThatThrownBy(() -> new Case(1, CaseStatus.RESOLVED, null, Priority.NORMAL, null, List.of(), 1, null,
                Platform.X, "", T, T, null, 1, T, 0)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("outcome");
        assertThat(new Case(1, CaseStatus.RESOLVED, Outcome.FIXED, Priority.NORMAL, " ", null, 1, null, Platform.X,
                null, T, T, null, 1, T, 0).assignee()).isNull();
    }

    @Test
    void previewIsTheFirstNonEmptyLineCut() {
        assertThat(Case.previewOf("\n\n  Hallo Stadt,\nzweite Zeile")).isEqualTo("Hallo Stadt,");
        assertThat(Case.previewOf("y".repeat(500))).hasSize(Case.PREVIEW_LENGTH).endsWith("…");
    }

    @Test
    void errandReferencesHaveOneFormat() {
        assertThat(ErrandRef.of(2026, 142).value()).isEqualTo("SB-2026-000142");
        assertThatThrownBy(() -> new ErrandRef("SB-26-1")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("SB-2026-000142");
        assertThatThrownBy(() -> ErrandRef.of(2026, 1_000_000)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aRedirectedErrandNamesWhereItWent() {
        assertThatThrownBy(() -> new Errand(1, ErrandRef.of(2026, 1), 1, "roads", null, ErrandChannel.EMAIL,
                ErrandStatus.REDIRECTED, T, T, T, null, 0)).hasMessageContaining("names the unit");
    }

    @Test
    void directoryKeysAndAddressesAreChecked() {
        assertThatThrownBy(() -> new Unit(0, "straßen amt", "Straßenbauamt", null, null, null, null, null, null,
                null, null, null, null, 0)).hasMessageContaining("may hold only");
        assertThatThrownBy(() -> new Unit(0, "roads", "Straßenbauamt", "kein-mail", null, null, null, null, null,
                null, null, null, null, 0)).hasMessageContaining("not an e-mail address");
        assertThatThrownBy(() -> new Person(0, "p.x", "P", "roads", null, null, null, 400, null, null, 0))
                .hasMessageContaining("due days");
    }

    @Test
    void platformsAreReadByTheirCliNames() {
        assertThat(Platform.fromId("walk-in")).isEqualTo(Platform.WALK_IN);
        assertThat(Platform.fromId("X")).isEqualTo(Platform.X);
        assertThatThrownBy(() -> Platform.fromId("myspace")).hasMessageContaining("expected one of");
    }

    @Test
    void notesBelongToACaseOrAContact() {
        assertThatThrownBy(() -> new Note(0, null, null, "mira", "text", false, T, T, 0))
                .hasMessageContaining("belongs to a case or a contact");
    }

    @Test
    void earlierAttemptsNeedChannelAndAddressee() {
        assertThatThrownBy(() -> new EarlierAttempt(0, 1, LocalDate.of(2026, 11, 1), "email", " ", null, T))
                .hasMessageContaining("addressee");
    }

    @Test
    void messagesCapHugeTextAndAuditNeedsAnActor() {
        Message m = new Message(0, 1, null, Platform.EMAIL, null, Direction.IN, MessageKind.EMAIL, null, null,
                "z".repeat(Message.MAX_TEXT + 10), null, T, null, null, null, null, null);
        assertThat(m.text()).hasSize(Message.MAX_TEXT);
        assertThatThrownBy(() -> new AuditEvent(0, T, "", "x", "case", "1", null)).hasMessageContaining("actor");
        assertThat(new Account(0, Platform.MASTODON, "City", null, false, false, Map.of(), T).secretKey())
                .isEqualTo("account/mastodon/City");
    }

    @Test
    void queueQueriesRejectImpossibleRequests() {
        assertThatThrownBy(() -> QueueQuery.firstPage(null, null, 0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> new QueueQuery(null, QueueSort.NEWEST, 10,
                new QueueCursor(QueueSort.WAITING, 0, T, 1))).hasMessageContaining("cursor");
        assertThat(QueueFilter.NOT_CLOSED.effectiveStatuses()).doesNotContain(CaseStatus.CLOSED)
                .contains(CaseStatus.RESOLVED);
    }

    @Test
    void savedViewsAreFiltersForTheAgent() {
        QueueFilter mine = SavedView.MINE.filter("mira", T);
        assertThat(mine.assignee()).isEqualTo(AssigneeFilter.agent("mira"));
        assertThat(SavedView.RESOLVED_TODAY.filter("mira", T).resolvedSince()).isEqualTo(T);
        assertThat(SavedView.WAITING_ON_DEPARTMENTS.filter("m", T).statuses())
                .isEqualTo(Set.of(CaseStatus.WAITING_INTERNAL));
        assertThat(SavedView.parse("waiting-internal")).isEqualTo(SavedView.WAITING_ON_DEPARTMENTS);
        assertThat(AssigneeFilter.parse("me", "mira")).isEqualTo(AssigneeFilter.agent("mira"));
        assertThat(AssigneeFilter.parse("none", "mira")).isEqualTo(AssigneeFilter.NOBODY);
    }
}
