package org.switchboard.ui.caseview;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.switchboard.domain.Case;
import org.switchboard.domain.Contact;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.EarlierAttempt;
import org.switchboard.domain.Identity;
import org.switchboard.domain.Note;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.TimeFormat;

/**
 * The right pane: who the contact is, where they write from, what they already tried, their other
 * cases and the internal notes (marked as internal: they never leave the organisation). FX thread.
 */
public final class ContextView {
    private final CaseViewModel vm;
    private final DomainTexts names;
    private final Texts texts;
    private final TimeFormat time;
    private final LongConsumer openCase;
    private final AttemptsViewModel attemptsVm;
    private final Runnable addAttempt;
    private final VBox box = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(box);
    private final ChangeListener<CaseDetail> detailChanged = (o, a, b) -> show(b);
    private final ListChangeListener<AttemptsViewModel.Offer> offersChanged = c -> offersChanged();
    private java.util.function.Function<CaseDetail, Node> errands;

    /** {@code addAttempt} opens the "Add earlier attempt" dialog. */
    public ContextView(CaseViewModel vm, AttemptsViewModel attemptsVm, DomainTexts names, TimeFormat time,
                       LongConsumer openCase, Runnable addAttempt) {
        this.vm = vm;
        this.attemptsVm = attemptsVm;
        this.addAttempt = addAttempt;
        this.names = names;
        this.texts = names.texts();
        this.time = time;
        this.openCase = openCase;
        box.getStyleClass().add("context");
        scroll.setFitToWidth(true);
        scroll.setId("context-pane");
        scroll.getStyleClass().add("context-scroll");
        scroll.setMinWidth(220);
        scroll.setFocusTraversable(true); // reachable with Tab and Ctrl+3, scrolls with the arrow keys
        vm.detail().addListener(detailChanged);
        attemptsVm.offers().addListener(offersChanged);
        show(vm.detail().get());
    }

    public Node node() {
        return scroll;
    }

    /** The notes, contact and linked-case parts of the pane (issue 7); each gets the open case. */
    public record ContactParts(java.util.function.Function<CaseDetail, Node> profileButton,
                               java.util.function.Function<CaseDetail, Node> links,
                               java.util.function.BiFunction<CaseDetail, Runnable, Node> notes, Runnable addNote) {}

    private ContactParts parts;

    /** Shows the contact profile button, linked cases and the notes with their actions. FX thread. */
    public void setContactParts(ContactParts parts) {
        this.parts = parts;
        show(vm.detail().get());
    }

    /** Shows the case's errands (issue 5's timeline) under the contact. FX thread. */
    public void setErrands(java.util.function.Function<CaseDetail, Node> section) {
        errands = section;
        show(vm.detail().get());
    }

    /** Detaches from the view-model. FX thread. */
    public void dispose() {
        vm.detail().removeListener(detailChanged);
        attemptsVm.offers().removeListener(offersChanged);
    }

    private void offersChanged() {
        show(vm.detail().get());
    }

    private void show(CaseDetail d) {
        // A keyboard user who just pressed "Add" must not lose their place when the pane is rebuilt.
        boolean hadFocus = box.getScene() != null && inside(box.getScene().getFocusOwner());
        box.getChildren().clear();
        box.getChildren().add(title(texts.get("context.title")));
        if (d == null) {
            box.getChildren().add(muted(texts.get("context.none")));
            return;
        }
        contact(d.contact());
        if (parts != null) {
            box.getChildren().add(parts.profileButton().apply(d));
        }
        if (errands != null) {
            box.getChildren().add(errands.apply(d));
        }
        identities(d.identities());
        attempts(d.attempts());
        otherCases(d.otherCasesOfContact());
        if (parts == null) {
            notes(d.notes());
        } else {
            box.getChildren().add(parts.links().apply(d));
            box.getChildren().add(parts.notes().apply(d, parts.addNote()));
        }
        if (hadFocus) {
            box.lookupAll(".note-refocus, .suggestion-accept, .attempt-add").stream().findFirst().ifPresentOrElse(
                    javafx.scene.Node::requestFocus, scroll::requestFocus);
        }
    }

    private boolean inside(javafx.scene.Node focus) {
        for (javafx.scene.Node n = focus; n != null; n = n.getParent()) {
            if (n == box) {
                return true;
            }
        }
        return false;
    }

    private void contact(Contact c) {
        Label name = wrapped(DisplayText.oneLine(c.name()));
        name.setId("context-contact");
        name.getStyleClass().add("context-name");
        box.getChildren().add(name);
        if (c.email() != null) {
            box.getChildren().add(muted(texts.get("context.email", DisplayText.oneLine(c.email()))));
        }
        if (c.phone() != null) {
            box.getChildren().add(muted(texts.get("context.phone", DisplayText.oneLine(c.phone()))));
        }
    }

    private void identities(List<Identity> identities) {
        section("context.identities", identities.isEmpty());
        for (Identity i : identities) {
            Label badge = new Label(names.platformBadge(i.platform()));
            Css.platformBadge(badge, i.platform());
            badge.setMinWidth(Region.USE_PREF_SIZE);
            Label handle = wrapped(names.platform(i.platform()) + " · " + DisplayText.oneLine(i.handle()));
            HBox line = new HBox(6, badge, handle);
            box.getChildren().add(line);
            if (i.url() != null) {
                box.getChildren().add(muted(DisplayText.oneLine(i.url())));
            }
        }
    }

    private void attempts(List<EarlierAttempt> attempts) {
        section("context.attempts", attempts.isEmpty() && attemptsVm.offers().isEmpty());
        box.getChildren().addAll(ContextAttempts.nodes(attempts, attemptsVm, texts, time, addAttempt));
    }

    private void otherCases(List<Case> others) {
        section("context.other-cases", others.isEmpty());
        for (Case c : others) {
            Hyperlink link = new Hyperlink(texts.get("context.other-case", String.valueOf(c.id()),
                    names.status(c.status()), DisplayText.oneLine(c.preview())));
            link.setWrapText(true);
            link.setMnemonicParsing(false);
            link.setMinHeight(Region.USE_PREF_SIZE);
            link.setOnAction(e -> openCase.accept(c.id()));
            box.getChildren().add(link);
        }
    }

    private void notes(List<Note> notes) {
        section("context.notes", notes.isEmpty());
        for (Note n : notes) {
            Label internal = new Label(texts.get("context.note.internal"));
            internal.getStyleClass().addAll(Css.CHIP, Css.CHIP_WARNING);
            internal.setMinWidth(Region.USE_PREF_SIZE);
            Label meta = new Label(texts.get("context.note.meta", DisplayText.oneLine(n.author()),
                    time.ago(n.createdAt())));
            meta.getStyleClass().add(Css.MUTED);
            meta.setWrapText(true);
            meta.setMinWidth(0);
            VBox note = new VBox(4, new HBox(6, internal, meta), wrapped(DisplayText.safe(n.text())));
            note.getStyleClass().add("note-internal");
            box.getChildren().add(note);
        }
    }

    private void section(String key, boolean empty) {
        Label l = new Label(texts.get(key));
        l.getStyleClass().add(Css.SECTION_TITLE);
        box.getChildren().add(l);
        if (empty) {
            box.getChildren().add(muted(texts.get("context.nothing")));
        }
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Css.PANE_TITLE);
        return l;
    }

    private static Label muted(String text) {
        Label l = wrapped(text);
        l.getStyleClass().add(Css.MUTED);
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
