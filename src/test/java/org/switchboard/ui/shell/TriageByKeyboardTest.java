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
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.service.Workspace;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.ui.caseview.AttemptsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An agent's morning, keys only: move with J/K, open with Enter, record an earlier attempt the message
 * mentions (Ctrl+3, Tab, Space), resolve with an outcome (E), and "Resolved today" counts one more.
 */
class TriageByKeyboardTest extends org.switchboard.ui.DemoWindowTestBase {
    @Test
    void jkEnterAcceptASuggestedAttemptAndResolveByKeyboardCountsInResolvedToday() throws Exception {
        List<QueueRow> rows = List.copyOf(queueList().getItems());
        int target = firstWithASuggestion(rows);
        long caseId = rows.get(target).id();
        int attemptsBefore = ws.cases().open(caseId).attempts().size();
        String resolvedBefore = resolvedTodayCount();

        robot.interact(() -> queueList().requestFocus());
        for (int i = 0; i <= target + 1; i++) {
            robot.type(KeyCode.J);
        }
        robot.type(KeyCode.K);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(queueList().getSelectionModel().getSelectedItem().id()).isEqualTo(caseId);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".suggestion-accept").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        // Tab through the pane (the contact, the errands) to the first suggestion's "Add".
        for (int i = 0; i < 12 && !focus().getStyleClass().contains("suggestion-accept"); i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(focus().getStyleClass()).contains("suggestion-accept");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> ws.cases().open(caseId).attempts().size() == attemptsBefore + 1);

        robot.type(KeyCode.E);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#resolve-outcome").tryQuery().isPresent());
        robot.type(KeyCode.DOWN); // "Fixed"
        robot.type(KeyCode.TAB);
        robot.write("Umweltamt hat die Bank repariert.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> ws.cases().open(caseId).kase().status() == CaseStatus.RESOLVED);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> resolvedTodayCount().equals(String.valueOf(Long.parseLong(resolvedBefore) + 1)));
        assertThat(robot.lookup("#resolve-outcome").tryQuery()).as("the dialog closed").isEmpty();
    }

    @Test
    void gThenVGoesToTheViewsAndGThen6ShowsResolvedToday() throws Exception {
        robot.interact(() -> queueList().requestFocus());
        robot.type(KeyCode.G).type(KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focus().getId()).isEqualTo("saved-views");

        robot.type(KeyCode.G).type(KeyCode.DIGIT6);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> queueList().getItems().stream()
                .allMatch(r -> r.status() == CaseStatus.RESOLVED || r.status() == CaseStatus.CLOSED));
        assertThat(focus().getId()).isEqualTo("queue-list");
    }

    /** The first queue row whose messages mention an attempt that is not recorded yet. */
    private int firstWithASuggestion(List<QueueRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (!AttemptsViewModel.offersFor(ws.cases().open(rows.get(i).id()), UiTestWorkspace.CLOCK.getZone())
                    .isEmpty()) {
                return i;
            }
        }
        throw new AssertionError("the demo has no message that mentions an unrecorded attempt");
    }

    private String resolvedTodayCount() {
        return robot.lookup("#saved-views .list-cell").queryAll().stream()
                .filter(cell -> robot.from(cell).lookup(".label").queryAll().stream()
                        .anyMatch(l -> "Resolved today".equals(((Label) l).getText())))
                .map(cell -> robot.from(cell).lookup(".view-count").queryAs(Label.class).getText())
                .findFirst().orElseThrow();
    }

    private Node focus() {
        return queueList().getScene().getFocusOwner();
    }

    @SuppressWarnings("unchecked")
    private ListView<QueueRow> queueList() {
        return robot.lookup("#queue-list").queryAs(ListView.class);
    }
}
