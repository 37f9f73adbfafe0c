package org.switchboard.ui.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.ErrandEvent;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.ui.shell.SwitchboardApp;
import org.switchboard.ui.shell.UiLauncher;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The one-click forward from the case, by keyboard only, in the real window on the headless platform. */
class ForwardByKeyboardTest extends org.switchboard.ui.DemoWindowTestBase {
    @Test
    void fCtrlOneAltPANoteAndCtrlEnterForwardTheCaseByPhoneAndShowTheErrand() throws Exception {
        long bench = DemoErrands.benchCase(ws);
        int index = indexOf(bench);
        assertThat(index).as("the bench case is on the first page").isNotNegative();
        robot.interact(() -> queueList().requestFocus());
        for (int i = 0; i <= index; i++) {
            robot.type(KeyCode.J);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-contact").tryQuery()
                .map(n -> ((Label) n).getText()).filter("Jonas Wagner"::equals).isPresent());

        robot.type(KeyCode.F);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#forward-suggestions").tryQuery()
                .map(l -> !((ListView<?>) l).getItems().isEmpty()).orElse(false));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#forward-note").query().isFocused()).isTrue();
        // write() types into the robot's target window: the dialog now, not the main window.
        robot.targetWindow(robot.lookup("#forward-note").query().getScene().getWindow());
        robot.write("Callback promised, bench checked");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#forward-note").queryTextInputControl().getText()).startsWith("Callback promised");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !ws.cases().open(bench).errands().isEmpty());
        CaseDetail detail = ws.cases().open(bench);
        CaseDetail.ErrandWithEvents errand = detail.errands().getFirst();
        assertThat(errand.events()).anyMatch(e -> e.type() == ErrandEvent.Type.CALL
                && e.note().startsWith("Callback promised"));
        String ref = errand.errand().ref().value();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#context-pane ." + "errand-ref")
                .queryAllAs(Label.class).stream().anyMatch(l -> ref.equals(l.getText())));
        assertThat(robot.lookup("#forward-notice").queryAs(Label.class).getText()).contains(ref);
        robot.type(KeyCode.ESCAPE);
    }

    private int indexOf(long caseId) {
        var items = queueList().getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == caseId) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private ListView<QueueRow> queueList() {
        return robot.lookup("#queue-list").queryAs(ListView.class);
    }
}
