package org.switchboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.service.Workspace;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.ui.accounts.AccountRow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The accounts screen and the reply box in the real window, on JavaFX's headless platform, over the demo. */
class AccountsAndReplyWindowTest extends org.switchboard.ui.DemoWindowTestBase {
    @Test
    void ctrlShiftAOpensTheAccountsScreenWithTheDemoAccounts() throws Exception {
        robot.interact(() -> robot.lookup("#queue-list").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#accounts-table").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        @SuppressWarnings("unchecked")
        TableView<AccountRow> table = robot.lookup("#accounts-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(ws.accounts().list().size()).allMatch(AccountRow::demo);
        assertThat(table.getItems()).extracting(AccountRow::name).contains("Stadt Beispielstadt · Facebook");
        assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .map(c -> c.getText()).toList()).contains("Demo — never connects");
        assertThat(robot.lookup("#accounts-test").queryAs(Button.class).isDisabled())
                .as("a demo account cannot be tested").isTrue();
        String summary = robot.lookup("#status-sync").queryAs(javafx.scene.control.Hyperlink.class).getText();
        assertThat(summary).isEqualTo(ws.accounts().list().size() + " demo accounts · never sync");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#accounts-table").tryQuery().isEmpty());
    }

    @Test
    void aReplyInADemoCaseCannotBeSentAndSaysWhy() throws Exception {
        robot.interact(() -> robot.lookup("#queue-list").query().requestFocus());
        robot.type(KeyCode.J).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reply-channel").tryQuery()
                .map(n -> ((Label) n).getText()).filter("Demo workspace — replies are not sent"::equals).isPresent());

        robot.type(KeyCode.R);
        TextArea text = robot.lookup("#reply-text").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, text::isFocused);
        robot.write("Danke für den Hinweis!");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text.getText()).isEqualTo("Danke für den Hinweis!");
        assertThat(robot.lookup("#reply-send").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#reply-channel").queryAs(Label.class).getText())
                .isEqualTo("Demo workspace — replies are not sent");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text.getText()).as("Ctrl+Enter sends nothing from the demo").isEqualTo("Danke für den Hinweis!");
    }
}
