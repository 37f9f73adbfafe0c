package org.switchboard.ui.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Unit;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.ui.DemoWindowTestBase;
import org.switchboard.ui.forward.DemoErrands;
import org.testfx.util.WaitForAsyncUtils;

/** The reply box's platform rules, templates and deflection warning in the real window, headless, on the demo. */
class ReplyBoxWindowTest extends DemoWindowTestBase {
    private static final String UMWELTAMT_REPLY = "Hallo Herr Wagner, vielen Dank für Ihren Hinweis! Bitte wenden Sie "
            + "sich mit Ihrem Anliegen direkt an das Umweltamt unter umweltamt@beispielstadt.example. Die Kolleginnen "
            + "und Kollegen helfen Ihnen dort gerne weiter. Viele Grüße";

    @Test
    void anOverLongBlueskyReplyShowsTheCounterOverAndSendStaysOffWithTheReason() throws Exception {
        openCase(firstOn(Platform.BLUESKY));
        robot.type(KeyCode.R);
        TextArea text = robot.lookup("#reply-text").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, text::isFocused);
        // 298 graphemes, of which one is a family emoji of five code points, then typed past the limit
        robot.interact(() -> {
            text.setText("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67" + "ü".repeat(297));
            text.end();
        });
        robot.write("ok");
        WaitForAsyncUtils.waitForFxEvents();
        Label counter = robot.lookup("#reply-counter").queryAs(Label.class);
        assertThat(counter.getText()).isEqualTo("300 / 300");
        assertThat(counter.getPseudoClassStates()).noneMatch(p -> p.getPseudoClassName().equals("over"));

        robot.write("!");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(counter.getText()).isEqualTo("301 / 300");
        assertThat(counter.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("over"));
        assertThat(counter.getAccessibleText()).isEqualTo("1 character too many: Bluesky allows 300");
        assertThat(robot.lookup("#reply-send").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#reply-blocked-reason").queryAs(Label.class).getText())
                .isEqualTo("Too long for Bluesky: shorten the reply to send it.");
        assertThat(robot.lookup("#reply-visibility").queryAs(Label.class).getText())
                .isEqualTo("Public \u2014 everyone can see it");
    }

    @Test
    void ctrlTInsertsATemplateByKeyboard() throws Exception {
        openCase(DemoErrands.benchCase(ws));
        robot.type(KeyCode.R);
        TextArea text = robot.lookup("#reply-text").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, text::isFocused);

        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#template-list").tryQuery()
                .map(l -> !((ListView<?>) l).getItems().isEmpty()).orElse(false));
        Node filter = robot.lookup("#template-filter").query();
        robot.targetWindow(filter.getScene().getWindow());
        robot.write("danke");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#template-list").queryAs(ListView.class).getItems()).hasSize(1);
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text.getText().startsWith("Hallo Jonas Wagner, vielen Dank"));
        assertThat(text.getText()).doesNotContain("{").doesNotContain("\u27E6");
        assertThat(text.isFocused()).isTrue();
    }

    @Test
    void aSlashAtTheStartOpensTheTemplatesAndAMissingValueKeepsSendOff() throws Exception {
        openCase(DemoErrands.benchCase(ws));
        robot.type(KeyCode.R);
        TextArea text = robot.lookup("#reply-text").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, text::isFocused);

        robot.write("/");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#template-filter").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#template-filter").query().getScene().getWindow());
        robot.write("weiter");
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text.getText().contains("\u27E6errand.ref fehlt\u27E7"));
        assertThat(text.getText()).doesNotStartWith("/");
        assertThat(robot.lookup("#reply-notice").queryAs(Label.class).getText())
                .isEqualTo("Template inserted; fill in what is missing: errand.unit, errand.ref, errand.due");
        assertThat(robot.lookup("#reply-send").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeflectingReplyShowsWhyAndForwardsInternallyInsteadWithTheTextAsNote() throws Exception {
        long wagner = DemoErrands.benchCase(ws);
        openCase(wagner);
        robot.type(KeyCode.R);
        TextArea text = robot.lookup("#reply-text").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, text::isFocused);
        robot.interact(() -> {
            text.setText(UMWELTAMT_REPLY);
            text.end();
        });
        robot.write(" ");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#reply-deflection").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reply-deflection-points").queryAs(Label.class).getText())
                .startsWith("Points to: Umweltamt").contains("umweltamt@beispielstadt.example");
        assertThat(robot.lookup("#reply-deflection-tried").queryAs(Label.class).getText())
                .startsWith("Already tried: Jonas Wagner already e-mailed Umweltamt");
        assertThat(robot.lookup("#reply-deflection-reasons").queryAs(Label.class).getText()).contains("sends the customer elsewhere");

        robot.clickOn("#reply-forward-instead");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#forward-unit").tryQuery()
                .map(c -> ((ComboBox<Unit>) c).getValue() != null).orElse(false));
        assertThat(((ComboBox<Unit>) robot.lookup("#forward-unit").query()).getValue().key()).isEqualTo("environment");
        assertThat(robot.lookup("#forward-note").queryTextInputControl().getText()).isEqualTo(UMWELTAMT_REPLY);
        robot.targetWindow(robot.lookup("#forward-note").query().getScene().getWindow());
        robot.type(KeyCode.ESCAPE);
    }

    private long firstOn(Platform p) {
        return queueList().getItems().stream().filter(r -> r.platform() == p).findFirst().orElseThrow().id();
    }

    private void openCase(long id) throws Exception {
        int index = -1;
        var items = queueList().getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                index = i;
            }
        }
        assertThat(index).as("the case is on the first page").isNotNegative();
        int at = index;
        robot.interact(() -> {
            queueList().requestFocus();
            queueList().getSelectionModel().select(at);
            queueList().scrollTo(at);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reply-channel").tryQuery()
                .map(n -> ((Label) n).getText()).filter(t -> !t.startsWith("Working out")).isPresent()
                && robot.lookup("#reply-counter").queryAs(Label.class).getText().contains("/"));
    }

    @SuppressWarnings("unchecked")
    private ListView<QueueRow> queueList() {
        return robot.lookup("#queue-list").queryAs(ListView.class);
    }
}
