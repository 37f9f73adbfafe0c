package org.switchboard.ui.contact;

import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.switchboard.domain.DisplayText;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.service.cases.CaseLinks;
import org.switchboard.service.cases.PossibleDuplicates;
import org.switchboard.service.events.Event;
import org.switchboard.ui.caseview.CaseViewModel;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.StatusModel;
import org.switchboard.ui.common.TimeFormat;

/**
 * Notes, contacts and linked cases in the main window, in one place so the window keeps a few hooks: the
 * notes and "possibly the same as …" sections of the context pane, the contact profile window, and undo
 * of a deleted note (before the case's own undo). FX thread.
 */
public final class ContactScreens {
    /** What the screens need from the window. */
    public record Setup(Workspace ws, BackgroundRunner runner, StatusModel status, CaseViewModel kase,
                        LongConsumer openCase, Supplier<Window> owner) {}

    private final Setup setup;
    private final NotesViewModel notes;
    private final ContactViewModel contact;
    private final CaseLinksViewModel links;
    private final VBox linksBox = new VBox(6);
    private DomainTexts names;
    private TimeFormat time;
    private ContactPanel panel;

    public ContactScreens(Setup setup) {
        this.setup = setup;
        notes = new NotesViewModel(setup.ws().notes(), setup.runner(), setup.status());
        contact = new ContactViewModel(new ContactViewModel.Services(setup.ws().contacts(),
                setup.ws().contactSuggestions()), setup.runner(), setup.status());
        links = new CaseLinksViewModel(setup.ws().caseLinks(), setup.ws().duplicates(), setup.runner(),
                setup.status());
        linksBox.setId("case-links");
        // a contact's notes send no case event: re-read what shows them
        notes.onChanged(() -> {
            contact.reload();
            setup.kase().reload();
        });
        contact.onChanged(() -> setup.kase().reload());
        setup.kase().detail().addListener((o, a, d) -> links.show(d));
        links.state().addListener((o, a, s) -> showLinks());
        links.notice().addListener((o, a, s) -> showLinks());
    }

    /** The views in the window's language (called when the window is built or its language changes). FX thread. */
    public void relabel(DomainTexts names, TimeFormat time) {
        this.names = names;
        this.time = time;
        if (panel != null) {
            boolean open = panel.showing();
            panel.close();
            panel = null;
            if (open) {
                openProfile();
            }
        }
        showLinks();
    }

    /** The notes section of the context pane; {@code add} is the case's N. FX thread. */
    public Node notes(CaseDetail d, Runnable add) {
        return section().of(d.notes(), add);
    }

    /** "Contact profile…" under the contact's name. FX thread. */
    public Node profileButton(CaseDetail d) {
        Button open = new Button(names.texts().get("contacts.open"));
        open.setId("contact-open");
        open.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        open.setMnemonicParsing(false);
        open.setTooltip(new Tooltip(names.texts().get("contacts.open.tooltip")));
        open.setOnAction(e -> openProfile(d.contact().id()));
        return open;
    }

    /** Linked cases and "possibly the same as …" of the open case. FX thread. */
    public Node links(CaseDetail d) {
        return linksBox;
    }

    /** Ctrl+Z: brings back the note deleted last; false when there is none. FX thread. */
    public boolean undo() {
        return notes.undo();
    }

    /** True while a deleted note can be brought back. */
    public javafx.beans.value.ObservableBooleanValue noteUndoAvailable() {
        return notes.deleted().isNotNull();
    }

    /** Another case action came after a note's delete: Ctrl+Z is now that one's. FX thread. */
    public void forgetNoteUndo() {
        notes.forgetUndo();
    }

    /** Service events (on the FX thread): the profile follows changes of the contact's cases. */
    public void onEvent(Event event) {
        if (panel != null && panel.showing() && (event instanceof Event.CaseChanged
                || event instanceof Event.WorkspaceReplaced)) {
            contact.reload();
        }
    }

    /** Opens the profile of the open case's contact. FX thread. */
    public boolean openProfile() {
        CaseDetail d = setup.kase().detail().get();
        if (d == null) {
            return false;
        }
        openProfile(d.contact().id());
        return true;
    }

    private void openProfile(long contactId) {
        if (panel == null) {
            panel = new ContactPanel(contact, notes, section(), names, time, setup.openCase(), setup.owner());
        }
        contact.open(contactId);
        panel.show();
    }

    public void close() {
        if (panel != null) {
            panel.close();
        }
    }

    private NotesSection section() {
        return new NotesSection(notes, names.texts(), time, () -> panel != null && panel.showing()
                ? panel.stage() : setup.owner().get());
    }

    private void showLinks() {
        linksBox.getChildren().clear();
        CaseLinksViewModel.State s = links.state().get();
        if (names == null || s == null || (s.linked().isEmpty() && s.possible().isEmpty())) {
            return;
        }
        if (!s.linked().isEmpty()) {
            linksBox.getChildren().add(title("links.linked"));
            for (CaseLinks.Linked l : s.linked()) {
                Button unlink = small("links.unlink");
                unlink.getStyleClass().add("case-unlink");
                unlink.setOnAction(e -> links.unlink(l));
                linksBox.getChildren().add(line(caseLink(l.kase().id(), names.texts().get(l.main() ? "links.main"
                        : "links.duplicate"), names.platform(l.kase().platform()), l.kase().preview()), unlink));
            }
        }
        if (!s.possible().isEmpty()) {
            linksBox.getChildren().add(title("links.possible"));
            for (PossibleDuplicates.Match m : s.possible()) {
                Button link = small("links.link");
                link.getStyleClass().add("case-link");
                link.setTooltip(new Tooltip(names.texts().get("links.link.tooltip", String.valueOf(m.caseId()))));
                link.setOnAction(e -> links.link(m.caseId()));
                Label why = new Label(names.texts().get("links.why", Math.round(m.similarity() * 100),
                        DisplayText.oneLine(m.contactName()), String.join(", ", m.sharedWords())));
                why.getStyleClass().add(Css.MUTED);
                why.setWrapText(true);
                why.setMinHeight(Region.USE_PREF_SIZE);
                linksBox.getChildren().addAll(line(caseLink(m.caseId(), "", names.platform(
                        org.switchboard.domain.Platform.fromId(m.platform())), m.preview()), link), why);
            }
        }
        if (links.notice().get() != null && links.notice().get().problem()) {
            Label problem = new Label(names.texts().get(links.notice().get().key(), links.notice().get().detail()));
            problem.getStyleClass().add(Css.DANGER_TEXT);
            problem.setWrapText(true);
            linksBox.getChildren().add(problem);
        }
    }

    private Hyperlink caseLink(long id, String role, String platform, String preview) {
        Hyperlink h = new Hyperlink(names.texts().get("links.case", String.valueOf(id), role, platform,
                DisplayText.oneLine(preview)));
        h.setWrapText(true);
        h.setMnemonicParsing(false);
        h.setMinHeight(Region.USE_PREF_SIZE);
        h.setMinWidth(0);
        h.setOnAction(e -> setup.openCase().accept(id));
        return h;
    }

    private static HBox line(Node left, Node right) {
        HBox.setHgrow(left, javafx.scene.layout.Priority.ALWAYS);
        HBox h = new HBox(6, left, right);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private Label title(String key) {
        Label l = new Label(names.texts().get(key));
        l.getStyleClass().add(Css.SECTION_TITLE);
        return l;
    }

    private Button small(String key) {
        Button b = new Button(names.texts().get(key));
        b.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        b.setMnemonicParsing(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
