package org.switchboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.AppContext;
import org.switchboard.domain.Settings;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.ui.common.DirectRunner;
import org.switchboard.ui.common.StatusModel;

/** The window's own state against a real workspace folder, without a JavaFX toolkit. */
class ShellViewModelTest {
    @TempDir
    Path dir;

    private OpenedWorkspace opened;

    @AfterEach
    void closeWorkspace() {
        if (opened != null) {
            opened.workspace().close();
        }
    }

    @Test
    void anEmptyWorkspaceWelcomesAndTheDemoFillsIt() {
        opened = OpenedWorkspace.open(d -> AppContext.openEmbedded(d, UiTestWorkspace.CLOCK), dir);
        StatusModel status = new StatusModel();
        ShellViewModel shell = new ShellViewModel(opened, "en", new DirectRunner(), status);
        assertThat(shell.welcome().get()).isTrue();
        assertThat(shell.demoPresent().get()).isFalse();

        shell.loadDemo();

        assertThat(shell.welcome().get()).isFalse();
        assertThat(shell.demoPresent().get()).isTrue();
        assertThat(shell.demoLoadable().get()).isFalse();
        assertThat(opened.workspace().demo().workspaceEmpty()).isFalse();
        assertThat(status.problem().get()).isNull();
    }

    @Test
    void startingEmptyLeavesTheWelcomePanel() {
        opened = OpenedWorkspace.open(d -> AppContext.openEmbedded(d, UiTestWorkspace.CLOCK), dir);
        ShellViewModel shell = new ShellViewModel(opened, null, new DirectRunner(), new StatusModel());

        shell.startEmpty();

        assertThat(shell.welcome().get()).isFalse();
        assertThat(shell.demoLoadable().get()).as("the demo can still be loaded from the menu").isTrue();
    }

    @Test
    void languageAndThemeChoicesAreSavedToTheSettingsFile() {
        opened = OpenedWorkspace.open(d -> AppContext.openEmbedded(d, UiTestWorkspace.CLOCK), dir);
        ShellViewModel shell = new ShellViewModel(opened, "en", new DirectRunner(), new StatusModel());

        shell.chooseLanguage("de");
        shell.chooseTheme(ShellViewModel.DARK);

        assertThat(shell.texts().get().get("queue.view.mine")).isEqualTo("Meine Fälle");
        Settings saved = opened.workspace().settings().load();
        assertThat(saved.language()).isEqualTo("de");
        assertThat(saved.theme()).isEqualTo("dark");
    }

    @Test
    void theWindowPlaceIsWrittenWhenAsked() {
        opened = OpenedWorkspace.open(d -> AppContext.openEmbedded(d, UiTestWorkspace.CLOCK), dir);
        ShellViewModel shell = new ShellViewModel(opened, "en", new DirectRunner(), new StatusModel());

        shell.rememberWindow(new Settings.WindowGeometry(40, 30, 1400, 860, true));
        shell.writeSettings();

        assertThat(opened.workspace().settings().load().window())
                .isEqualTo(new Settings.WindowGeometry(40, 30, 1400, 860, true));
    }

    @Test
    void theCommandLineLanguageWinsOverTheSavedOneWhichWinsOverTheSystem() {
        Settings german = Settings.DEFAULTS.withLanguage("de");
        assertThat(ShellViewModel.language("en", german)).isEqualTo("en");
        assertThat(ShellViewModel.language(null, german)).isEqualTo("de");
        assertThat(ShellViewModel.language(null, Settings.DEFAULTS)).isNull();
    }
}
