package org.switchboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.ui.UiTestWorkspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on JavaFX's headless platform, over a demo workspace in a temporary folder. */
class MainWindowTest extends org.switchboard.ui.DemoWindowTestBase {
    @Test
    void theQueueShowsTheFirstPageOfTheDemoCases() {
        assertThat(queueList().getItems()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(robot.lookup("#saved-views").tryQuery()).isPresent();
        Label count = robot.lookup("#status-count").queryAs(Label.class);
        assertThat(count.getText()).contains(String.valueOf(queueList().getItems().size()));
        assertThat(robot.lookup("#status-demo").queryAs(Label.class).isVisible()).isTrue();
    }

    @Test
    void jJKThenEnterOpensTheFirstCaseAndMovesTheFocusIntoIt() throws Exception {
        robot.interact(() -> queueList().requestFocus());
        robot.type(KeyCode.J).type(KeyCode.J).type(KeyCode.K);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(queueList().getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.ENTER);

        QueueRow row = queueList().getItems().getFirst();
        CaseDetail expected = ws.cases().open(row.id());
        String firstText = DisplayText.safe(expected.messages().getFirst().text());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-contact").tryQuery()
                .map(n -> ((Label) n).getText()).filter(row.contactName()::equals).isPresent());

        List<String> shownTexts = robot.lookup(".message-text").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(shownTexts).contains(firstText);
        Node focus = queueList().getScene().getFocusOwner();
        assertThat(focus).isNotNull();
        assertThat(focus.getId()).isEqualTo("case-conversation");
    }

    @Test
    void theDarkThemeCanBeChosenFromTheMenuAndIsRemembered() throws Exception {
        robot.clickOn("View");
        robot.clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "dark".equals(ws.settings().load().theme()));

        robot.clickOn("View");
        robot.clickOn("Light theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
    }

    @Test
    void switchingToGermanRebuildsTheTextsAndKeepsTheSelection() throws Exception {
        robot.interact(() -> queueList().requestFocus());
        robot.type(KeyCode.J).type(KeyCode.J);
        WaitForAsyncUtils.waitForFxEvents();
        long selected = queueList().getSelectionModel().getSelectedItem().id();

        robot.clickOn("View");
        robot.clickOn("Language");
        robot.clickOn("Deutsch");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("Ansichten").tryQuery()).isPresent();
        assertThat(queueList().getSelectionModel().getSelectedItem().id()).isEqualTo(selected);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "de".equals(ws.settings().load().language()));
    }

    @Test
    void anOpenCaseInGermanFitsASmallScreenAt150Percent() throws Exception {
        robot.clickOn("View");
        robot.clickOn("Language");
        robot.clickOn("Deutsch");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> queueList().requestFocus());
        robot.type(KeyCode.J).type(KeyCode.J).type(KeyCode.ENTER); // a Mastodon case: the mention chip shows
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reply-mention").tryQuery()
                .map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        // A 1440 × 900 laptop screen at 150 % is 960 logical pixels wide: the three panes must fit in it.
        double needed = WaitForAsyncUtils.asyncFx(() -> queueList().getScene().getRoot().minWidth(-1)).get();
        assertThat(needed).isLessThanOrEqualTo(960);
    }

    @Test
    void questionMarkShowsTheShortcuts() throws Exception {
        robot.interact(() -> queueList().requestFocus());
        robot.write("?");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcuts-grid").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
    }

    @SuppressWarnings("unchecked")
    private ListView<QueueRow> queueList() {
        return robot.lookup("#queue-list").queryAs(ListView.class);
    }
}
