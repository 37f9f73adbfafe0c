package org.switchboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.ContactRef;
import org.switchboard.service.cases.NewMessage;
import org.switchboard.ui.UiTestWorkspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hostile text in the window: markup stays literal text, a javascript: address is not a link, bidi overrides
 * and zero-width joiners become visible markers, and a 100 kB line is shown without hanging the window.
 */
class HostileTextWindowTest {
    private static final String LONG_LINE = "Ä".repeat(100_000);
    private static final String TEXT = "<b>Hallo</b><script>alert('x')</script> "
            + "<a href=\"javascript:alert(1)\">Klick mich</a> javascript:alert(document.cookie) "
            + "Rechnung\u202Efdp.exe Zo\u200D\u200De 👩‍💻\n" + LONG_LINE;
    private static final String NAME = "Support\u202E nimdA";

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Workspace ws;
    private Application app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openTheWindowWithAHostileCase() throws Exception {
        ws = UiTestWorkspace.withDemo(dir);
        Contact contact = ws.conversations().findOrCreateContact(new ContactRef(NAME, null, null,
                List.of(new ContactRef.Handle(Platform.MASTODON, "@evil\u200B@norden.social.example", null))));
        ws.conversations().openCase(contact, new NewMessage(ws.accounts().list().getFirst().id(), Platform.MASTODON,
                "hostile-1", Direction.IN, MessageKind.MENTION, NAME, TEXT, "<i>Betreff</i>",
                UiTestWorkspace.CLOCK.instant(), null, List.of(), "javascript:alert(1)", null, List.of()),
                Priority.NORMAL);
        UiLauncher.Startup startup = new UiLauncher.Startup(dir, "en", d -> ws, "test");
        app = FxToolkit.setupApplication(() -> new SwitchboardApp(startup));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#queue-list").tryQuery()
                .map(list -> !((ListView<?>) list).getItems().isEmpty()).orElse(false));
    }

    @AfterEach
    void closeTheWindowAndTheWorkspace() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        ws.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void hostileTextIsShownAsHarmlessText() throws Exception {
        ListView<QueueRow> list = robot.lookup("#queue-list").queryAs(ListView.class);
        robot.interact(() -> ((ComboBox<QueueSort>) robot.lookup("#queue-sort").query()).setValue(QueueSort.NEWEST));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty()
                && list.getItems().getFirst().contactName().equals(NAME));
        robot.interact(() -> list.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".message-text").queryAllAs(Label.class)
                .stream().anyMatch(l -> l.getText().contains("<script>")));

        Label text = robot.lookup(".message-text").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().contains("<script>")).findFirst().orElseThrow();
        assertThat(text.getText()).startsWith("<b>Hallo</b><script>alert('x')</script>")
                .contains("Rechnung[U+202E]fdp.exe").contains("Zo[U+200D][U+200D]e").contains("👩‍💻")
                .doesNotContain("\u202E").doesNotContain("\u200B");
        // The 100 kB line is cut for display (laying it out whole would freeze the window) and says so.
        assertThat(text.getText()).hasSizeLessThan(10_200).endsWith("ÄÄÄ…");
        assertThat(robot.lookup(".message-shortened").queryAs(Label.class).getText()).contains("10,000")
                .contains(String.format(java.util.Locale.ENGLISH, "%,d", DisplayText.safe(TEXT).length()));
        assertThat(robot.lookup(".message-subject").queryAs(Label.class).getText()).isEqualTo("<i>Betreff</i>");
        assertThat(robot.lookup("#case-contact").queryAs(Label.class).getText()).isEqualTo("Support[U+202E] nimdA");
        assertThat(robot.lookup("#context-contact").queryAs(Label.class).getText()).isEqualTo("Support[U+202E] nimdA");
        // The original's address is javascript:, so it is plain text, never a link the agent could click.
        assertThat(robot.lookup(".hyperlink").queryAllAs(Hyperlink.class))
                .noneMatch(h -> h.getText().toLowerCase().contains("javascript"));
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).anyMatch(l -> "javascript:alert(1)".equals(l.getText()));
        assertThat(robot.lookup(".web-view").tryQuery()).isEmpty();
        assertThat(robot.lookup(".queue-name").queryAllAs(Label.class))
                .noneMatch(l -> l.getText().contains("\u202E"));
    }
}
