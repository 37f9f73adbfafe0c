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
        vm = new QueueViewModel(new QueueViewModel.Sources(ws.queue(), ws.accounts(), new MemoryViews()),
                new DirectRunner(), status, 10, 20);
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

        vm.filters().set(QueueFilters.NONE.withPlatform(Platform.MASTODON));

        assertThat(vm.rows()).isNotEmpty().allMatch(r -> r.platform() == Platform.MASTODON);
        assertThat(vm.total().get()).isEqualTo(vm.rows().size()).isLessThan(all);

        vm.filters().set(QueueFilters.NONE);
        assertThat(vm.total().get()).isEqualTo(all);
    }

    @Test
    void whileTheFirstPageIsPaintedTheCountsWaitAndComeWhenReleased() {
        vm.holdCounts();
        vm.refresh();
        assertThat(vm.rows()).as("the rows do not wait").isNotEmpty();
        assertThat(vm.counts()).as("the counts do").isEmpty();

        vm.releaseCounts();
        assertThat(vm.counts()).containsKeys(SavedView.values());
        assertThat(vm.counts().get(SavedView.ALL)).isEqualTo(vm.total().get()).isPositive();

        vm.view().set(SavedView.NEW); // released: later reads count at once
        assertThat(vm.counts().get(SavedView.NEW)).isEqualTo(vm.total().get());
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
    void newCasesFromTheSyncShowAsABannerAndTheSelectionStays() {
        vm.sort().set(QueueSort.NEWEST);
        QueueRow chosen = vm.rows().get(2);
        vm.select(chosen.id());
        assertThat(vm.newArrivals().get()).isZero();

        UiTestWorkspace.newCase(ws, "Zoë Neumann", "Ampel Bahnhofstraße aus 🚦");
        long second = UiTestWorkspace.newCase(ws, "Ömer Kaya", "Müll am Spielplatz").id();
        UiTestWorkspace.newCase(ws, "Jana Berg", "Schlagloch Lindenallee").id();

        assertThat(vm.newArrivals().get()).isEqualTo(3);
        assertThat(vm.selectedCaseId().get()).isEqualTo(chosen.id());
        assertThat(vm.rows().get(vm.indexOfSelected()).id()).isEqualTo(chosen.id());

        vm.select(second); // looked at: not new any more
        assertThat(vm.newArrivals().get()).isEqualTo(2);

        vm.showNewArrivals();
        assertThat(vm.newArrivals().get()).isZero();
        assertThat(vm.scrollTo().get()).isEqualTo(vm.rows().getFirst().id());
    }

    @Test
    void aNewCaseOutsideTheFilterIsNotCountedAsNew() {
        vm.filters().set(QueueFilters.NONE.withPlatform(Platform.FACEBOOK));
        long before = vm.total().get();

        UiTestWorkspace.newCase(ws, "Zoë Neumann", "Ampel aus"); // arrives on Mastodon

        assertThat(vm.newArrivals().get()).isZero();
        assertThat(vm.total().get()).isEqualTo(before);
    }

    @Test
    void everyFilterNarrowsTheListAndTheFilterCountSaysHowMany() {
        vm.refresh();
        long all = vm.total().get();
        QueueRow tagged = vm.rows().stream().filter(r -> !r.tags().isEmpty()).findFirst().orElseThrow();
        String tag = tagged.tags().getFirst();

        vm.filters().set(QueueFilters.NONE.withTag(tag).withStatuses(java.util.Set.of(tagged.status())));

        assertThat(vm.rows()).isNotEmpty().allMatch(r -> r.tags().contains(tag) && r.status() == tagged.status());
        assertThat(vm.total().get()).isLessThan(all);
        assertThat(vm.filters().get().active()).isEqualTo(2);

        vm.filters().set(QueueFilters.NONE.withAssignee(QueueFilters.UNASSIGNED));
        assertThat(vm.rows()).isNotEmpty().allMatch(r -> r.assignee() == null);
        vm.filters().set(QueueFilters.NONE.withAccount(tagged.accountId()));
        assertThat(vm.rows()).isNotEmpty().allMatch(r -> r.accountId().equals(tagged.accountId()));
        vm.filters().set(QueueFilters.NONE.withPriority(org.switchboard.domain.Priority.URGENT));
        assertThat(vm.rows()).allMatch(r -> r.priority() == org.switchboard.domain.Priority.URGENT);
        vm.filters().set(QueueFilters.NONE.withOpenErrand(true));
        assertThat(vm.rows()).allMatch(r -> r.openErrands() > 0);
        assertThat(vm.accounts()).isNotEmpty();
        assertThat(status.problem().get()).isNull();
    }

    @Test
    void aSavedViewKeepsViewFiltersAndSortAndCountsLive() {
        vm.choose(new ViewChoice.BuiltIn(SavedView.UNASSIGNED));
        vm.filters().set(QueueFilters.NONE.withPlatform(Platform.MASTODON));
        vm.sort().set(QueueSort.NEWEST);
        long shown = vm.total().get();

        assertThat(vm.saveView("Mastodon, offen")).isNull();
        assertThat(vm.saveView(" mastodon, OFFEN ")).isEqualTo("queue.views.error.taken");
        assertThat(vm.saveView("  ")).isEqualTo("queue.views.error.empty");
        assertThat(vm.customCounts()).containsEntry("Mastodon, offen", shown);

        vm.choose(new ViewChoice.BuiltIn(SavedView.ALL));
        assertThat(vm.filters().get()).isEqualTo(QueueFilters.NONE);
        vm.choose(new ViewChoice.Custom(vm.customViews().getFirst()));
        assertThat(vm.view().get()).isEqualTo(SavedView.UNASSIGNED);
        assertThat(vm.sort().get()).isEqualTo(QueueSort.NEWEST);
        assertThat(vm.rows()).allMatch(r -> r.platform() == Platform.MASTODON && r.assignee() == null);

        UiTestWorkspace.newCase(ws, "Zoë Neumann", "Ampel aus"); // unassigned, on Mastodon
        assertThat(vm.customCounts()).containsEntry("Mastodon, offen", shown + 1);

        assertThat(vm.renameView(vm.customViews().getFirst(), "Mastodon neu")).isNull();
        assertThat(vm.choice().get()).isEqualTo(new ViewChoice.Custom(vm.customViews().getFirst()));
        vm.deleteView(vm.customViews().getFirst());
        assertThat(vm.customViews()).isEmpty();
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
