package org.switchboard.ui.contact;

import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.switchboard.domain.Case;
import org.switchboard.domain.Contact;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.EarlierAttempt;
import org.switchboard.domain.Identity;
import org.switchboard.service.contacts.ContactService;
import org.switchboard.service.contacts.ContactSuggestions;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.Notice;
import org.switchboard.ui.common.TimeFormat;

/**
 * The contact profile in a window of its own: identities (each can be unlinked), "Link with…" (a search
 * over names and handles, Enter or the button links the chosen contact), suggestions with their reasons
 * (Same person / Not the same), all cases (a click opens one), earlier attempts and the internal notes.
 * Rebuilt whenever the view-model changes. FX thread.
 */
final class ContactPanel {
    private final ContactViewModel vm;
    private final NotesSection notes;
    private final NotesViewModel notesVm;
    private final DomainTexts names;
    private final TimeFormat time;
    private final LongConsumer openCase;
    private final Supplier<Window> owner;
    private final VBox box = new VBox(8);
    private final TextField search = new TextField();
    private final VBox results = new VBox(4);
    private final VBox linkBox = new VBox(6, search, results);
    private final Label notice = new Label();
    private final Stage stage = new Stage();
    private final InvalidationListener changed = o -> rebuild();

    ContactPanel(ContactViewModel vm, NotesViewModel notesVm, NotesSection notes, DomainTexts names, TimeFormat time,
                 LongConsumer openCase, Supplier<Window> owner) {
        this.vm = vm;
        this.notesVm = notesVm;
        this.notes = notes;
        this.names = names;
        this.time = time;
        this.openCase = openCase;
        this.owner = owner;
        box.setPadding(new Insets(14));
        box.getStyleClass().addAll("context", "contact-panel");
        search.setId("contact-link-search");
        search.setPromptText(names.texts().get("contacts.link.prompt"));
        search.textProperty().addListener((o, a, text) -> vm.search(text));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.found().size() == 1) {
                e.consume();
                vm.link(vm.found().getFirst());
            }
        });
        notice.setId("contact-notice");
        notice.setWrapText(true);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setId("contact-panel");
        Scene scene = new Scene(scroll, 560, 720);
        stage.setScene(scene);
        stage.setTitle(names.texts().get("contacts.title"));
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        vm.profile().addListener(changed);
        vm.suggestions().addListener(changed);
        vm.notice().addListener(changed);
        notesVm.deleted().addListener(changed);
        vm.found().addListener(foundChanged);
    }

    private final InvalidationListener foundChanged = o -> results();

    void show() {
        if (stage.getOwner() == null && owner.get() != null) {
            stage.initOwner(owner.get());
            stage.getScene().getStylesheets().setAll(owner.get().getScene().getStylesheets());
        }
        rebuild();
        stage.show();
        stage.toFront();
    }

    boolean showing() {
        return stage.isShowing();
    }

    Stage stage() {
        return stage;
    }

    void close() {
        vm.profile().removeListener(changed);
        vm.suggestions().removeListener(changed);
        vm.notice().removeListener(changed);
        notesVm.deleted().removeListener(changed);
        vm.found().removeListener(foundChanged);
        stage.hide();
    }

    private void rebuild() {
        ContactService.Profile p = vm.profile().get();
        box.getChildren().clear();
        if (p == null) {
            box.getChildren().add(muted(names.texts().get("context.none")));
            return;
        }
        Contact c = p.contact();
        Label name = wrapped(DisplayText.oneLine(c.name()));
        name.getStyleClass().add("context-name");
        name.setId("contact-name");
        box.getChildren().add(name);
        if (c.email() != null) {
            box.getChildren().add(muted(names.texts().get("context.email", DisplayText.oneLine(c.email()))));
        }
        if (c.phone() != null) {
            box.getChildren().add(muted(names.texts().get("context.phone", DisplayText.oneLine(c.phone()))));
        }
        showNotice(vm.notice().get());
        box.getChildren().add(notice);
        identities(p);
        link();
        suggestions();
        cases(p);
        attempts(p);
        box.getChildren().add(notes.of(p.notes(), () -> NoteEditDialog.addToContact(stage, names.texts(), notesVm,
                c.id(), DisplayText.oneLine(c.name()))));
        NotesSection.refocus(box);
    }

    private void identities(ContactService.Profile p) {
        section("context.identities");
        boolean several = p.identities().size() > 1;
        for (Identity i : p.identities()) {
            Label badge = new Label(names.platformBadge(i.platform()));
            Css.platformBadge(badge, i.platform());
            badge.setMinWidth(Region.USE_PREF_SIZE);
            Label handle = wrapped(names.platform(i.platform()) + " · " + DisplayText.oneLine(i.handle()));
            HBox line = new HBox(6, badge, handle);
            line.setAlignment(Pos.CENTER_LEFT);
            if (several) {
                Button unlink = small(names.texts().get("contacts.unlink"));
                unlink.setId("contact-unlink-" + i.id());
                unlink.getStyleClass().add("contact-unlink");
                unlink.setAccessibleText(names.texts().get("contacts.unlink.accessible", DisplayText.oneLine(i.handle())));
                unlink.setOnAction(e -> vm.unlink(i));
                line.getChildren().add(unlink);
            }
            box.getChildren().add(line);
        }
    }

    private void link() {
        section("contacts.link.title");
        box.getChildren().add(linkBox);
        results();
    }

    /** Only the results change while typing, so the search field keeps the focus. */
    private void results() {
        results.getChildren().clear();
        for (Contact other : vm.found()) {
            Button link = small(names.texts().get("contacts.link.action"));
            link.getStyleClass().add("contact-link-result");
            link.setOnAction(e -> vm.link(other));
            Label who = wrapped(names.texts().get("contacts.link.result", DisplayText.oneLine(other.name()),
                    String.valueOf(other.id())));
            HBox line = new HBox(6, link, who);
            line.setAlignment(Pos.CENTER_LEFT);
            results.getChildren().add(line);
        }
        if (!search.getText().isBlank() && vm.found().isEmpty()) {
            results.getChildren().add(muted(names.texts().get("contacts.link.none")));
        }
    }

    private void suggestions() {
        section("contacts.suggestions");
        if (vm.suggestions().isEmpty()) {
            box.getChildren().add(muted(names.texts().get("context.nothing")));
        }
        for (ContactSuggestions.Suggestion s : vm.suggestions()) {
            Label who = wrapped(DisplayText.oneLine(s.other().name()) + " (#" + s.other().id() + ")");
            who.getStyleClass().add("suggestion-name");
            Label why = muted(reasons(s));
            Button same = small(names.texts().get("contacts.suggestion.accept"));
            same.getStyleClass().add("contact-suggestion-accept");
            same.setOnAction(e -> vm.accept(s));
            Button not = small(names.texts().get("contacts.suggestion.dismiss"));
            not.getStyleClass().add("contact-suggestion-dismiss");
            not.setOnAction(e -> vm.dismiss(s));
            VBox card = new VBox(4, who, why, new HBox(6, same, not));
            card.getStyleClass().add("contact-suggestion");
            box.getChildren().add(card);
        }
    }

    private String reasons(ContactSuggestions.Suggestion s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (ContactSuggestions.Reason r : s.reasons()) {
            out.add(r == ContactSuggestions.Reason.WORDING
                    ? names.texts().get("contacts.reason.wording", Math.round(s.similarity() * 100),
                    String.valueOf(s.caseId()), String.valueOf(s.otherCaseId()), String.join(", ", s.sharedWords()))
                    : names.texts().get("contacts.reason." + r.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return String.join(" · ", out);
    }

    private void cases(ContactService.Profile p) {
        section("contacts.cases");
        for (Case k : p.cases()) {
            Hyperlink link = new Hyperlink(names.texts().get("context.other-case", String.valueOf(k.id()),
                    names.status(k.status()), names.platform(k.platform()) + " · " + DisplayText.oneLine(k.preview())));
            link.setWrapText(true);
            link.setMnemonicParsing(false);
            link.setMinHeight(Region.USE_PREF_SIZE);
            link.setOnAction(e -> openCase.accept(k.id()));
            box.getChildren().add(link);
        }
    }

    private void attempts(ContactService.Profile p) {
        section("context.attempts");
        if (p.attempts().isEmpty()) {
            box.getChildren().add(muted(names.texts().get("context.nothing")));
        }
        for (EarlierAttempt a : p.attempts()) {
            box.getChildren().add(wrapped(names.texts().get("contacts.attempt", time.date(a.date()),
                    DisplayText.oneLine(a.channel()), DisplayText.oneLine(a.addressee()),
                    a.result() == null ? names.texts().get("context.attempt.no-result") : DisplayText.oneLine(a.result()))));
        }
    }

    private void showNotice(Notice n) {
        notice.getStyleClass().removeAll(Css.DANGER_TEXT, Css.WARNING_TEXT, Css.SUCCESS_TEXT);
        notice.setText(n == null ? "" : names.texts().get(n.key(), n.detail()));
        notice.setManaged(n != null);
        if (n != null) {
            notice.getStyleClass().add(n.styleClass());
        }
    }

    private void section(String key) {
        Label l = new Label(names.texts().get(key));
        l.getStyleClass().add(Css.SECTION_TITLE);
        box.getChildren().add(l);
    }

    private static Button small(String text) {
        Button b = new Button(text);
        b.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        b.setMnemonicParsing(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static Label muted(String text) {
        Label l = wrapped(text);
        l.getStyleClass().add(Css.MUTED);
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMnemonicParsing(false);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMinWidth(0);
        return l;
    }

    Node root() {
        return box;
    }
}
