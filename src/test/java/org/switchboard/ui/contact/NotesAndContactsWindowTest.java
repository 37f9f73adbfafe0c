package org.switchboard.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.Case;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Identity;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Note;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.ContactRef;
import org.switchboard.service.cases.NewMessage;
import org.switchboard.ui.DemoWindowTestBase;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Notes by keyboard in the case (N adds, Enter edits, P pins, H shows the history, Delete deletes, Ctrl+Z
 * brings it back), unlinking and linking again an identity in the contact profile, and linking a case with
 * the reworded report of the same problem from another platform.
 */
class NotesAndContactsWindowTest extends DemoWindowTestBase {
    private long jonas;
    private long jonasCase;
    private long puddleOnMastodon;
    private long puddleOnFacebook;

    @Override
    protected void prepare(Workspace w) {
        Contact c = w.conversations().findOrCreateContact(new ContactRef("Jonas Wagner", null, null, List.of(
                new ContactRef.Handle(Platform.FACEBOOK, "jonas.wagner.9", null),
                new ContactRef.Handle(Platform.MASTODON, "@jonas@social.example", null))));
        jonas = c.id();
        jonasCase = post(w, c, Platform.MASTODON, "Die Parkbank am Weiher ist seit Wochen kaputt.").id();
        Contact petra = w.conversations().findOrCreateContact(new ContactRef("Petra Lang", null, null,
                List.of(new ContactRef.Handle(Platform.FACEBOOK, "petra.lang", null))));
        puddleOnFacebook = post(w, petra, Platform.FACEBOOK, "Vor der Bahnhofstraße 12 ist der Gehweg abgesackt, "
                + "bei Regen steht da eine riesige Pfütze. Mit Kinderwagen kommt man nicht vorbei.").id();
        Contact sam = w.conversations().findOrCreateContact(new ContactRef("Sam", null, null,
                List.of(new ContactRef.Handle(Platform.MASTODON, "@sam@social.example", null))));
        puddleOnMastodon = post(w, sam, Platform.MASTODON, "Riesige Pfützen auf dem abgesackten Gehweg "
                + "Bahnhofstraße 12 – mit dem Kinderwagen unmöglich!").id();
    }

    private static Case post(Workspace w, Contact c, Platform p, String text) {
        return w.conversations().openCase(c, new NewMessage(null, p, null, Direction.IN, MessageKind.POST, c.name(),
                text, null, Instant.now(), null, null, null, null, null), Priority.NORMAL);
    }

    @Test
    void aNoteIsAddedEditedPinnedDeletedAndRestoredByKeyboard() throws Exception {
        open(jonasCase);
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#note-text").tryQuery().isPresent());
        typeInDialog("#note-dialog", "#note-text", "Rückruf zugesagt");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes().size() == 1);
        Note note = notes().getFirst();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#note-" + note.id()).tryQuery().isPresent());
        assertThat(robot.lookup("#note-" + note.id() + " .chip").queryAll())
                .extracting(n -> ((Label) n).getText()).contains("INTERNAL");

        tabTo(note);
        robot.type(KeyCode.ENTER); // edit
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#note-edit-text").tryQuery().isPresent());
        typeInDialog("#note-edit-dialog", "#note-edit-text", "Rückruf zugesagt für morgen 9 Uhr");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ws.notes().history(note.id()).size() == 1);
        assertThat(notes().getFirst().text()).isEqualTo("Rückruf zugesagt für morgen 9 Uhr");
        assertThat(ws.notes().history(note.id()).getFirst().text()).isEqualTo("Rückruf zugesagt");

        tabTo(note);
        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes().getFirst().pinned());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".note-pinned").tryQuery().isPresent());

        tabTo(note);
        robot.type(KeyCode.H);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#note-history-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#note-history-dialog .label").queryAll())
                .extracting(n -> ((Label) n).getText()).contains("Rückruf zugesagt");
        robot.interact(() -> ((javafx.stage.Stage) robot.lookup("#note-history-dialog").query().getScene().getWindow())
                .close());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#note-history-dialog").tryQuery().isEmpty());
        robot.interact(() -> robot.lookup("#queue-list").query().getScene().getWindow().requestFocus());

        tabTo(note);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#note-undo").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes().size() == 1);
        assertThat(notes().getFirst().text()).isEqualTo("Rückruf zugesagt für morgen 9 Uhr");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#note-" + note.id()).tryQuery().isPresent());
    }

    @Test
    void anIdentityIsUnlinkedAndLinkedAgainInTheContactProfile() throws Exception {
        open(jonasCase);
        fire("#contact-open");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#contact-name").tryQuery().isPresent());
        Identity mastodon = ws.contacts().profile(jonas).identities().stream()
                .filter(i -> i.platform() == Platform.MASTODON).findFirst().orElseThrow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#contact-unlink-" + mastodon.id()).tryQuery().isPresent());
        fire("#contact-unlink-" + mastodon.id());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ws.contacts().profile(jonas).identities().size() == 1);
        long split = ws.cases().open(jonasCase).contact().id();
        assertThat(split).as("the Mastodon case went with its identity").isNotEqualTo(jonas);
        assertThat(ws.cases().open(jonasCase).messages()).hasSize(1);

        // the profile still shows Jonas (now Facebook only); link the Mastodon handle back by searching for it
        robot.interact(() -> robot.lookup("#contact-link-search").queryAs(TextField.class).setText("@jonas@social"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".contact-link-result").queryAll().size() == 1);
        fire(".contact-link-result");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ws.contacts().profile(jonas).identities().size() == 2);
        assertThat(ws.cases().open(jonasCase).contact().id()).isEqualTo(jonas);
        assertThat(ws.cases().open(jonasCase).history()).isNotNull();
    }

    @Test
    void aSuggestedDuplicateIsLinkedAndBothCasesShowEachOther() throws Exception {
        open(puddleOnMastodon);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-links .case-link").tryQuery()
                .isPresent());
        fire("#case-links .case-link");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !ws.caseLinks().of(puddleOnMastodon).isEmpty());
        assertThat(ws.caseLinks().of(puddleOnMastodon)).singleElement()
                .satisfies(l -> assertThat(l.kase().id()).isEqualTo(puddleOnFacebook));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-links .case-unlink").tryQuery()
                .isPresent());
        open(puddleOnFacebook);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-links .hyperlink").queryAll().stream()
                .anyMatch(h -> ((javafx.scene.control.Hyperlink) h).getText().startsWith("#" + puddleOnMastodon)));
    }

    private List<Note> notes() {
        return ws.cases().open(jonasCase).notes();
    }

    /** Tab from the context pane's start to the note, as a keyboard user would. */
    @Test
    void cOpensTheProfileTheHelpListsTheNoteKeysAndTheProfileFollowsTheLanguage() throws Exception {
        open(jonasCase);
        robot.write("?");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcuts-grid").tryQuery().isPresent());
        assertThat(robot.lookup("#shortcuts-grid .label").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("P", "H", "Del / Backspace", "C", "On a focused note: pin it to the top, or unpin it",
                        "On a focused note: show its edit history",
                        "On a focused note: delete it (Ctrl+Z brings it back)",
                        "Undo the last case action or note deletion", "Open the contact profile of the open case");
        robot.interact(() -> robot.lookup("#shortcuts-grid").query().getScene().getWindow().hide());
        robot.interact(() -> robot.lookup("#queue-list").query().requestFocus());

        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#contact-name").tryQuery().isPresent());
        assertThat(profileTitle()).isEqualTo("Contact profile");

        // View > Language > Deutsch, fired directly: the robot's clicks would go to the profile window on top
        robot.interact(() -> robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> items(m.getItems())).filter(i -> "Deutsch".equals(i.getText())).findFirst()
                .orElseThrow().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#contact-name").tryQuery().isPresent()
                && "Kontaktprofil".equals(profileTitle()));
        robot.interact(() -> robot.lookup("#contact-name").query().getScene().getWindow().hide());
    }

    private static java.util.stream.Stream<javafx.scene.control.MenuItem> items(
            java.util.List<javafx.scene.control.MenuItem> items) {
        return items.stream().flatMap(i -> i instanceof javafx.scene.control.Menu m
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(i), items(m.getItems()))
                : java.util.stream.Stream.of(i));
    }

    private String profileTitle() {
        return ((javafx.stage.Stage) robot.lookup("#contact-name").query().getScene().getWindow()).getTitle();
    }

    private void tabTo(Note note) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        if (isNote(focus(), note)) {
            return;
        }
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        for (int i = 0; i < 40 && !isNote(focus(), note); i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(isNote(focus(), note)).as("the note has the focus").isTrue();
    }

    private static boolean isNote(Node n, Note note) {
        return n != null && ("note-" + note.id()).equals(n.getId());
    }

    private Node focus() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .map(w -> w.getScene().getFocusOwner()).orElse(null);
    }

    private void open(long caseId) throws Exception {
        ListView<QueueRow> list = robot.lookup("#queue-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().stream().anyMatch(r -> r.id() == caseId));
        robot.interact(() -> {
            list.requestFocus();
            list.getItems().stream().filter(r -> r.id() == caseId).findFirst()
                    .ifPresent(r -> list.getSelectionModel().select(r));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#context-contact").tryQuery().isPresent()
                && ws.cases().open(caseId).contact().name().equals(
                robot.lookup("#context-contact").queryAs(Label.class).getText()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Fills a dialog's text and confirms it. On the headless platform a new dialog window does not receive the
     * robot's key events (they keep going to the main window), so the text is set and the confirm button fired.
     */
    private void typeInDialog(String dialog, String field, String text) {
        robot.interact(() -> {
            robot.lookup(field).queryAs(javafx.scene.control.TextInputControl.class).setText(text);
            robot.lookup(dialog + " .button").queryAllAs(Button.class).stream().filter(Button::isDefaultButton)
                    .findFirst().orElseThrow().fire();
        });
    }

    private void fire(String query) {
        Button b = robot.lookup(query).queryAs(Button.class);
        robot.interact(b::fire);
    }
}
