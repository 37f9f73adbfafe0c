package org.switchboard.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.ContactRef;
import org.switchboard.service.cases.NewMessage;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.ui.common.DirectRunner;
import org.switchboard.ui.common.StatusModel;

/**
 * The case list holds a sliding window of pages: scrolling through thousands of cases keeps the rows held
 * under the bound, and every case is seen exactly once on the way down and again on the way back up.
 */
class QueueWindowBoundTest {
    private static final int CASES = 5_000;
    private static final int PAGE = 50;
    private static final int PAGES = 8;

    @TempDir
    static Path dir;

    private static Workspace ws;
    private QueueViewModel vm;

    @BeforeEach
    void fiveThousandCasesOfOneBusyContact() {
        if (ws == null) {
            ws = UiTestWorkspace.withDemo(dir);
            Contact contact = ws.conversations().findOrCreateContact(new ContactRef("Bernd Brückner", null, null,
                    List.of(new ContactRef.Handle(Platform.MASTODON, "@bernd@norden.social.example", null))));
            long account = ws.accounts().list().getFirst().id();
            for (int i = 0; i < CASES; i++) {
                ws.conversations().openCase(contact, new NewMessage(account, Platform.MASTODON, "bulk-" + i,
                        Direction.IN, MessageKind.MENTION, "Bernd Brückner", "Laterne Nr. " + i + " ist aus 💡", null,
                        UiTestWorkspace.CLOCK.instant().minusSeconds(CASES - i), null, List.of(), null, null,
                        List.of()), Priority.NORMAL);
            }
        }
        vm = new QueueViewModel(new QueueViewModel.Sources(ws.queue(), ws.accounts(), new MemoryViews()),
                new DirectRunner(), new StatusModel(), PAGE, PAGES);
    }

    @Test
    void scrollingThroughEveryCaseNeverHoldsMoreThanTheBoundAndSkipsNothing() {
        vm.sort().set(QueueSort.NEWEST);
        long total = vm.total().get();
        assertThat(total).isGreaterThan(CASES);
        Set<Long> seen = new LinkedHashSet<>();
        vm.rows().forEach(r -> seen.add(r.id()));
        int most = vm.rows().size();
        while (vm.hasMore().get()) {
            vm.loadMore();
            most = Math.max(most, vm.rows().size());
            vm.rows().forEach(r -> seen.add(r.id()));
        }
        assertThat(most).isLessThanOrEqualTo(vm.maxRows()).isEqualTo(PAGE * PAGES);
        assertThat((long) seen.size()).isEqualTo(total);
        assertThat(vm.hasAbove().get()).isTrue();
        assertNoDuplicates(vm.rows());

        // And back up: the dropped pages are read again with their cursors, in order, up to the first case.
        List<Long> upwards = new ArrayList<>();
        while (vm.hasAbove().get()) {
            long firstBefore = vm.rows().getFirst().id();
            vm.loadAbove();
            assertThat(vm.rows().size()).isLessThanOrEqualTo(vm.maxRows());
            assertNoDuplicates(vm.rows());
            int at = indexOf(firstBefore);
            assertThat(at).as("the page above ends right before the old first row").isEqualTo(PAGE);
            upwards.add(vm.rows().getFirst().id());
        }
        assertThat(vm.rows().getFirst().id()).isEqualTo(seen.iterator().next());
        assertThat(upwards).doesNotHaveDuplicates();
    }

    @Test
    void aRefreshDeepDownKeepsTheWindowWhereItIs() {
        vm.sort().set(QueueSort.NEWEST);
        for (int i = 0; i < 30; i++) {
            vm.loadMore();
        }
        QueueRow deep = vm.rows().get(vm.rows().size() / 2);
        vm.select(deep.id());
        List<Long> before = vm.rows().stream().map(QueueRow::id).toList();

        vm.refresh();

        assertThat(vm.rows().stream().map(QueueRow::id).toList()).isEqualTo(before);
        assertThat(vm.indexOfSelected()).isNotNegative();
        assertThat(vm.hasAbove().get()).isTrue();
    }

    @org.junit.jupiter.api.AfterAll
    static void closeWorkspace() {
        if (ws != null) {
            ws.close();
        }
    }

    private int indexOf(long id) {
        for (int i = 0; i < vm.rows().size(); i++) {
            if (vm.rows().get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static void assertNoDuplicates(List<QueueRow> rows) {
        assertThat(rows.stream().map(QueueRow::id).toList()).doesNotHaveDuplicates();
    }
}
