package org.switchboard.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Settings;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.domain.queue.SavedView;
import org.switchboard.service.Workspace;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.ui.common.DirectRunner;
import org.switchboard.ui.common.StatusModel;
import org.switchboard.ui.shell.OpenedWorkspace;
import org.switchboard.ui.shell.ShellViewModel;

/** A saved view goes into settings.json with the window's other settings and comes back on the next start. */
class SavedViewsSettingsTest {
    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void openDemoWorkspace() {
        ws = UiTestWorkspace.withDemo(dir);
    }

    @AfterEach
    void closeWorkspace() {
        ws.close();
    }

    @Test
    void aSavedViewIsWrittenToSettingsJsonAndReadBackOnTheNextStart() throws Exception {
        QueueViewModel vm = queueOf(shell());
        vm.choose(new ViewChoice.BuiltIn(SavedView.MINE));
        long account = ws.accounts().list().getFirst().id();
        vm.filters().set(QueueFilters.NONE.withStatuses(Set.of(CaseStatus.OPEN, CaseStatus.NEW))
                .withAccount(account).withTag("Lärm").withOverdue(true));
        vm.sort().set(QueueSort.PRIORITY);

        assertThat(vm.saveView("Meine Lärm-Fälle 🔊")).isNull();

        org.testfx.util.WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !ws.settings().load().views().isEmpty());
        Settings.CustomView saved = ws.settings().load().views().getFirst();
        assertThat(saved.name()).isEqualTo("Meine Lärm-Fälle 🔊");
        assertThat(saved.base()).isEqualTo("mine");
        assertThat(saved.statuses()).containsExactlyInAnyOrder(CaseStatus.OPEN, CaseStatus.NEW);
        assertThat(saved.account()).isEqualTo(ws.accounts().list().getFirst().name());
        assertThat(saved.tag()).isEqualTo("Lärm");
        assertThat(saved.overdue()).isTrue();
        assertThat(saved.sort()).isEqualTo(QueueSort.PRIORITY);

        QueueViewModel next = queueOf(shell()); // the next start reads the file again
        assertThat(next.customViews()).containsExactly(saved);
        next.choose(new ViewChoice.Custom(next.customViews().getFirst()));
        assertThat(next.view().get()).isEqualTo(SavedView.MINE);
        assertThat(next.filters().get().accountId()).isEqualTo(account);
        assertThat(next.filters().get().tag()).isEqualTo("Lärm");
        assertThat(next.sort().get()).isEqualTo(QueueSort.PRIORITY);
        assertThat(next.customCounts()).containsKey("Meine Lärm-Fälle 🔊");
    }

    @Test
    void aViewWhoseAccountIsGoneShowsNothingRatherThanEverything() {
        Settings.CustomView v = new Settings.CustomView("Alt", "all", Set.of(), Platform.FACEBOOK, "removed page",
                null, null, null, false, false, null);
        CustomViews.Applied a = CustomViews.apply(v, ws.accounts().list());
        assertThat(a.filters().accountId()).isEqualTo(QueueFilters.MISSING_ACCOUNT);
        assertThat(a.sort()).isEqualTo(QueueSort.WAITING);
    }

    private ShellViewModel shell() {
        return new ShellViewModel(new OpenedWorkspace(ws, ws.settings().load(), false, true), "en",
                new DirectRunner(), new StatusModel());
    }

    private QueueViewModel queueOf(ShellViewModel shell) {
        QueueViewModel vm = new QueueViewModel(new QueueViewModel.Sources(ws.queue(), ws.accounts(), shell.views()),
                new DirectRunner(), new StatusModel(), 20, 5);
        vm.refresh();
        return vm;
    }
}
