package org.switchboard.ui.caseview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueueQuery;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.service.Workspace;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.ui.common.DirectRunner;
import org.switchboard.ui.common.EventBridge;
import org.switchboard.ui.common.StatusModel;

/** The open case's view-model against a real demo workspace, without a JavaFX toolkit. */
class CaseViewModelTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private StatusModel status;
    private CaseViewModel vm;
    private EventBridge bridge;

    @BeforeEach
    void openDemoWorkspace() {
        ws = UiTestWorkspace.withDemo(dir);
        status = new StatusModel();
        vm = new CaseViewModel(ws.cases(), new DirectRunner(), status);
        bridge = new EventBridge(ws.events(), Runnable::run);
        bridge.listen(vm::onEvent);
    }

    @AfterEach
    void closeWorkspace() {
        bridge.close();
        ws.close();
    }

    @Test
    void openingACaseShowsItsContactAndConversationAndMarksItRead() {
        QueueRow row = firstUnread();

        vm.open(row.id());

        assertThat(vm.detail().get().kase().id()).isEqualTo(row.id());
        assertThat(vm.detail().get().contact().name()).isEqualTo(row.contactName());
        assertThat(vm.detail().get().messages()).isNotEmpty();
        assertThat(vm.loading().get()).isFalse();
        assertThat(row(row.id()).unread()).isFalse();
    }

    @Test
    void aNoteWrittenElsewhereAppearsInTheOpenCase() {
        QueueRow row = firstUnread();
        vm.open(row.id());
        int notes = vm.detail().get().notes().size();

        ws.cases().addNote(row.id(), "Rückruf mit dem Bürgerbüro vereinbart – Donnerstag 10 Uhr");

        assertThat(vm.detail().get().notes()).hasSize(notes + 1);
    }

    @Test
    void aCaseThatCannotBeReadBecomesAReadableMessage() {
        vm.open(999_999);

        assertThat(status.problem().get().key()).isEqualTo("case.error.open");
        assertThat(status.problem().get().detail()).isNotBlank();
        assertThat(vm.detail().get()).isNull();
    }

    private QueueRow firstUnread() {
        return ws.queue().page(QueueQuery.firstPage(QueueFilter.NOT_CLOSED, QueueSort.WAITING, 100)).rows().stream()
                .filter(QueueRow::unread).findFirst().orElseThrow();
    }

    private QueueRow row(long id) {
        return ws.queue().page(QueueQuery.firstPage(QueueFilter.NOT_CLOSED, QueueSort.WAITING, 100)).rows().stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow();
    }
}
