package org.switchboard.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Platform;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.domain.queue.SavedView;
import org.switchboard.service.Workspace;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.ui.common.DirectRunner;
import org.switchboard.ui.common.EventBridge;
import org.switchboard.ui.common.StatusModel;

/** The queue's view-model against a real demo workspace, without a JavaFX toolkit. */
class QueueViewModelTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private StatusModel status;
    private QueueViewModel vm;
    private EventBridge bridge;

    @BeforeEach
    void openDemoWorkspace() {
        ws = UiTestWorkspace.withDemo(dir);
        status = new StatusModel();
        vm = new QueueViewModel(ws.queue(), new DirectRunner(), status, 10);
        bridge = new EventBridge(ws.events(), Runnable::run);
        bridge.listen(vm::onEvent);
    }

    @AfterEach
    void closeWorkspace() {
        bridge.close();
        ws.close();
    }

    @Test
    void theFirstPageHoldsOnePageAndTheCursorBringsTheRestWithoutDuplicates() {
        vm.refresh();
        assertThat(vm.rows()).hasSize(10);
        assertThat(vm.hasMore().get()).isTrue();
        long total = vm.total().get();
        assertThat(total).isGreaterThanOrEqualTo(40);

        vm.loadMore();
        assertThat(vm.rows()).hasSize(20);
        while (vm.hasMore().get()) {
            int before = vm.rows().size();
            vm.loadMore();
            assertThat(vm.rows().size()).isGreaterThan(before);
        }

        Set<Long> ids = new HashSet<>();
        vm.rows().forEach(r -> ids.add(r.id()));
        assertThat(ids).hasSize(vm.rows().size());
        assertThat((long) vm.rows().size()).isEqualTo(total);
        assertThat(status.problem().get()).isNull();
    }

    @Test
    void pagesKeepTheWaitingOrder() {
        vm.refresh();
        while (vm.hasMore().get()) {
            vm.loadMore();
        }
        List<QueueRow> waiting = vm.rows().stream().filter(r -> r.waitingSince() != null).toList();
        for (int i = 1; i < waiting.size(); i++) {
            assertThat(waiting.get(i).waitingSince()).isAfterOrEqualTo(waiting.get(i - 1).waitingSince());
        }
    }

    @Test
    void thePlatformFilterShowsOnlyThatPlatformAndCountsIt() {
        vm.refresh();
        long all = vm.total().get();

        vm.platform().set(Platform.MASTODON);

        assertThat(vm.rows()).isNotEmpty().allMatch(r -> r.platform() == Platform.MASTODON);
        assertThat(vm.total().get()).isEqualTo(vm.rows().size()).isLessThan(all);

        vm.platform().set(null);
        assertThat(vm.total().get()).isEqualTo(all);
    }

    @Test
    void aSavedViewShowsItsCasesAndEveryViewHasACount() {
        vm.view().set(SavedView.NEW);

        assertThat(vm.rows()).isNotEmpty().allMatch(r -> r.status() == CaseStatus.NEW);
        assertThat(vm.counts()).containsKeys(SavedView.values());
        assertThat(vm.counts().get(SavedView.NEW)).isEqualTo(vm.total().get());
    }

    @Test
    void theSelectionStaysOnTheSameCaseWhenANewCaseArrivesAboveIt() {
        vm.sort().set(QueueSort.NEWEST);
        QueueRow chosen = vm.rows().get(3);
        vm.select(chosen.id());

        long newId = UiTestWorkspace.newCase(ws, "Zoë Neumann", "Die Ampel an der Bahnhofstraße ist seit gestern aus 🚦").id();

        assertThat(vm.rows().getFirst().id()).isEqualTo(newId);
        assertThat(vm.selectedCaseId().get()).isEqualTo(chosen.id());
        assertThat(vm.indexOfSelected()).isEqualTo(4);
        assertThat(vm.rows().get(vm.indexOfSelected()).contactName()).isEqualTo(chosen.contactName());
    }

    @Test
    void aRefreshAfterScrollingKeepsTheLoadedRows() {
        vm.refresh();
        vm.loadMore();
        vm.loadMore();
        QueueRow deep = vm.rows().get(25);
        vm.select(deep.id());

        UiTestWorkspace.newCase(ws, "Jana Berg", "Noch ein Schlagloch");

        assertThat(vm.rows().size()).isGreaterThanOrEqualTo(30);
        assertThat(vm.indexOfSelected()).isNotNegative();
    }

    @Test
    void selectingAnUnreadCaseTakesItsUnreadDotAway() {
        vm.refresh();
        QueueRow unread = vm.rows().stream().filter(QueueRow::unread).findFirst().orElseThrow();

        vm.select(unread.id());

        assertThat(vm.rows().get(vm.indexOfSelected()).unread()).isFalse();
    }

    @Test
    void aFailingQueueBecomesAReadableMessageNotAnException() {
        ws.close();

        vm.refresh();

        assertThat(status.problem().get()).isNotNull();
        assertThat(status.problem().get().key()).isEqualTo("queue.error.load");
        assertThat(status.problem().get().detail()).doesNotContain("\n\tat ");
        assertThat(status.busy().get()).isFalse();
    }
}
