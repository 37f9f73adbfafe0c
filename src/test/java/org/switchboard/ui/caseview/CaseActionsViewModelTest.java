package org.switchboard.ui.caseview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Direction;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Outcome;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.ValidationException;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.NewMessage;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.ui.common.DirectRunner;
import org.switchboard.ui.common.EventBridge;
import org.switchboard.ui.common.Notice;
import org.switchboard.ui.common.StatusModel;

/** The case actions against a real demo workspace, without a JavaFX toolkit. */
class CaseActionsViewModelTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private CaseViewModel kase;
    private CaseActionsViewModel vm;
    private EventBridge bridge;
    private final List<Notice> answers = new ArrayList<>();

    @BeforeEach
    void openACaseOfTheDemo() {
        ws = UiTestWorkspace.withDemo(dir);
        StatusModel status = new StatusModel();
        kase = new CaseViewModel(ws.cases(), new DirectRunner(), status);
        vm = new CaseActionsViewModel(new CaseActionsViewModel.Services(ws.cases(), ws.merger()), kase,
                new DirectRunner(), status);
        bridge = new EventBridge(ws.events(), Runnable::run);
        bridge.listen(kase::onEvent);
        Case c = UiTestWorkspace.newCase(ws, "Zoë Neumann", "Die Ampel an der Bahnhofstraße ist seit gestern aus 🚦");
        kase.open(c.id());
    }

    @AfterEach
    void closeWorkspace() {
        bridge.close();
        ws.close();
    }

    private long id() {
        return kase.detail().get().kase().id();
    }

    @Test
    void resolvingNeedsAnOutcome() {
        vm.resolve(null, "", answers::add);

        assertThat(answers).hasSize(1);
        assertThat(answers.getFirst().key()).isEqualTo("case.resolve.error.outcome");
        assertThat(kase.detail().get().kase().status()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void whileAnErrandIsOpenResolvingNeedsAReasonWhichBecomesANote() {
        ws.errands().forward(id(), "parks", ErrandChannel.PHONE, null, "Grünflächenamt angerufen, Rückruf zugesagt");
        assertThat(vm.openErrands()).isEqualTo(1);

        vm.resolve(Outcome.FIXED, "  ", answers::add);
        assertThat(answers.getLast().key()).isEqualTo("case.resolve.error.reason");
        assertThat(answers.getLast().detail()).isEqualTo("1");
        // The service holds the same rule, in its own words, for any caller that skips the dialog.
        assertThatThrownBy(() -> ws.cases().resolve(id(), Outcome.FIXED, ""))
                .isInstanceOf(ValidationException.class).hasMessageContaining("open errand");

        vm.resolve(Outcome.FIXED, "Ampel repariert, Amt hat es telefonisch bestätigt", answers::add);

        assertThat(answers.getLast()).isNull();
        Case c = kase.detail().get().kase();
        assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(c.outcome()).isEqualTo(Outcome.FIXED);
        assertThat(kase.detail().get().notes()).anyMatch(n -> n.text().contains("telefonisch bestätigt"));
        assertThat(vm.notice().get().key()).isEqualTo("case.done.resolved");
    }

    @Test
    void undoTakesBackTheLastActionAndSaysSoWhenSomeoneChangedTheCaseSince() {
        vm.assign("me");
        assertThat(kase.detail().get().kase().assignee()).isEqualTo(ws.agent().name());
        assertThat(vm.undoable().get()).isEqualTo("case.assigned");

        vm.undo();
        assertThat(kase.detail().get().kase().assignee()).isNull();
        assertThat(vm.notice().get().key()).isEqualTo("case.undo.done");
        assertThat(vm.undoable().get()).isNull();

        vm.setPriority(Priority.URGENT);
        ws.conversations().addMessage(id(), kase.detail().get().contact().id(), new NewMessage(
                ws.accounts().list().getFirst().id(), Platform.MASTODON, "later-" + System.nanoTime(), Direction.IN,
                MessageKind.MENTION, "Zoë Neumann", "Immer noch aus!", null, UiTestWorkspace.CLOCK.instant(), null,
                List.of(), null, null, List.of()));
        vm.undo();

        assertThat(vm.notice().get().key()).isEqualTo("case.undo.error");
        assertThat(vm.notice().get().detail()).contains("changed by someone else");
        assertThat(kase.detail().get().kase().priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void tagsAreTypedAsTextAndStatusAndNotesWork() {
        vm.setTags("#Verkehr, Ampel , ,Verkehr");
        assertThat(kase.detail().get().kase().tags()).containsExactlyInAnyOrder("Verkehr", "Ampel");

        vm.setStatus(CaseStatus.WAITING_CUSTOMER);
        assertThat(kase.detail().get().kase().status()).isEqualTo(CaseStatus.WAITING_CUSTOMER);

        vm.addNote("   ", answers::add);
        assertThat(answers.getLast().key()).isEqualTo("case.note.error.empty");
        vm.addNote("Rückruf vereinbart", answers::add);
        assertThat(answers.getLast()).isNull();
        assertThat(kase.detail().get().notes()).anyMatch(n -> n.text().equals("Rückruf vereinbart"));
        assertThat(vm.undoable().get()).as("a note cannot be undone, so undo is off").isNull();
    }

    @Test
    void aMessageSplitOffBecomesACaseAndMergingItBackClosesItAsADuplicate() {
        long original = id();
        ws.conversations().addMessage(original, kase.detail().get().contact().id(), new NewMessage(
                ws.accounts().list().getFirst().id(), Platform.MASTODON, "second-" + System.nanoTime(), Direction.IN,
                MessageKind.MENTION, "Zoë Neumann", "Und übrigens: der Mülleimer am Bahnhof quillt über.", null,
                UiTestWorkspace.CLOCK.instant(), null, List.of(), null, null, List.of()));
        long second = kase.detail().get().messages().getLast().id();
        List<Long> opened = new ArrayList<>();

        vm.split(second, opened::add);

        assertThat(opened).hasSize(1);
        long created = opened.getFirst();
        assertThat(ws.cases().open(created).messages()).extracting(m -> m.id()).containsExactly(second);
        assertThat(kase.detail().get().messages()).hasSize(1);

        vm.merge(created, answers::add);

        assertThat(answers.getLast()).isNull();
        Case merged = ws.cases().open(created).kase();
        assertThat(merged.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(merged.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(kase.detail().get().messages()).hasSize(2);
        assertThat(vm.notice().get().key()).isEqualTo("case.done.merged");
    }

    @Test
    void aRefusedMergeShowsTheServicesWords() {
        vm.merge(id(), answers::add);

        assertThat(answers.getLast().key()).isEqualTo("case.error.action");
        assertThat(answers.getLast().detail()).contains("other case");
    }
}
