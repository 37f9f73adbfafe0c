package org.switchboard.ui.replies;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.Notice;
import org.switchboard.ui.common.TimeFormat;

/**
 * The reply box under the conversation: where the reply goes (channel, the 24-hour window, public or direct, the
 * mention Mastodon needs), the text, the length as the platform counts it, why Send is off, the deflection warning
 * with "Forward internally instead", templates (Ctrl+T or "/") and Send (Ctrl+Enter). Built anew on a language change; {@link #dispose()} detaches it and stops its clock. FX thread.
 */
public final class ReplyBox {
    private static final KeyCombination SEND = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination TEMPLATES = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    private static final String BLOCKED = "reply-blocked";

    private final ReplyViewModel vm;
    private final VBox root = new VBox(6);
    private final TextArea area = new TextArea();
    /** Moves the clock on, so Messenger's countdown counts and its window closes while the case is open. */
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(30), e -> tick()));
    /** Listeners on the long-lived view-model, removed in {@link #dispose()} so an old box is not kept alive. */
    private final ChangeListener<Boolean> openChanged;
    private final ChangeListener<Boolean> overChanged;
    private final ChangeListener<Notice> noticeChanged;
    private final ChangeListener<String> textChanged;
    /** The deflection check runs when typing pauses, not on every key. */
    private final PauseTransition typingPause = new PauseTransition(Duration.millis(500));
    private final TemplatePicker picker;
    /** The draft is saved when typing pauses: at most 0.7 s after the last key (ADR 0020). */
    private final PauseTransition savePause = new PauseTransition(Duration.millis(700));
    private final ChangeListener<java.util.List<org.switchboard.domain.Message>> conflictsChanged;
    private final javafx.collections.ListChangeListener<org.switchboard.domain.ReplyChannel> channelsChanged;
    private final ChangeListener<org.switchboard.domain.ReplyChannel> channelChanged;
    private final HBox channelButtons = new HBox(0);
    private final javafx.scene.control.ToggleGroup channelGroup = new javafx.scene.control.ToggleGroup();
    private javafx.scene.control.Dialog<javafx.scene.control.ButtonType> conflictDialog;

    public ReplyBox(ReplyViewModel vm, DomainTexts names, TimeFormat time) {
        this.vm = vm;
        Texts texts = names.texts();
        ReplyTexts words = new ReplyTexts(names, time);

        Label channel = new Label();
        channel.setId("reply-channel");
        channel.getStyleClass().add("reply-channel");
        channel.setWrapText(true);
        channel.setMinHeight(Region.USE_PREF_SIZE);
        channel.textProperty().bind(Bindings.createStringBinding(
                () -> words.parts(vm.target().get(), vm.now().get()).getFirst(), vm.target(), vm.now()));
        // Messenger's countdown is a part of its own, so the line wraps before it, never inside it.
        Label window = new Label();
        window.setId("reply-window");
        window.getStyleClass().addAll(Css.CHIP, Css.CHIP_ACCENT);
        window.setMinWidth(Region.USE_PREF_SIZE);
        window.textProperty().bind(Bindings.createStringBinding(() -> {
            List<String> parts = words.parts(vm.target().get(), vm.now().get());
            return parts.size() > 1 ? parts.get(1) : "";
        }, vm.target(), vm.now()));
        window.visibleProperty().bind(window.textProperty().isNotEmpty());
        window.managedProperty().bind(window.visibleProperty());
        Label visibility = chip("reply-visibility", Css.CHIP_ACCENT);
        visibility.textProperty().bind(Bindings.createStringBinding(() -> words.visibility(vm.target().get()),
                vm.target()));
        Label mention = chip("reply-mention", "chip-quiet");
        mention.textProperty().bind(Bindings.createStringBinding(() -> words.mention(vm.target().get(),
                vm.text().get()), vm.target(), vm.text()));
        channelButtons.setId("reply-channels");
        channelsChanged = c -> channelButtons(texts);
        vm.channels().addListener(channelsChanged);
        channelChanged = (o, a, b) -> selectChannel(b);
        vm.channel().addListener(channelChanged);
        channelButtons(texts);
        // The long mention chip may shorten (its tooltip keeps it whole), so a narrow case pane is not widened.
        mention.setMinWidth(0);
        mention.setTooltip(new Tooltip());
        mention.getTooltip().textProperty().bind(mention.textProperty());
        FlowPane chips = new FlowPane(8, 4, channelButtons, window, visibility, mention);
        chips.setAlignment(Pos.CENTER_LEFT);
        chips.setMinWidth(0);
        // The channel line wraps on its own (outside the flow, whose minimum would be the line's full width).
        VBox where = new VBox(4, channel, chips);
        where.setAlignment(Pos.CENTER_LEFT);
        where.setMinWidth(0);
        openChanged = (o, a, b) -> blocked(channel, !b);
        vm.open().addListener(openChanged);
        blocked(channel, !vm.open().get());
        Label counter = new Label();
        counter.setId("reply-counter");
        counter.getStyleClass().addAll(Css.MUTED, "reply-counter");
        counter.setMinWidth(Region.USE_PREF_SIZE);
        counter.textProperty().bind(Bindings.createStringBinding(() -> words.counter(vm.count().get()), vm.count()));
        // screen readers hear the count in words: "212 of 300 characters used, 88 left"
        counter.accessibleTextProperty().bind(Bindings.createStringBinding(() -> vm.target().get() == null ? ""
                : words.counterInWords(vm.count().get(), vm.target().get().platform()), vm.count(), vm.target()));
        counter.setTooltip(new Tooltip());
        counter.getTooltip().textProperty().bind(counter.accessibleTextProperty());
        overChanged = (o, a, b) -> counter.pseudoClassStateChanged(Css.OVER, b);
        vm.overLimit().addListener(overChanged);
        counter.pseudoClassStateChanged(Css.OVER, vm.overLimit().get());
        HBox.setHgrow(where, Priority.ALWAYS);
        HBox top = new HBox(8, where, counter);
        top.setAlignment(Pos.BASELINE_LEFT);

        area.setId("reply-text");
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setMinWidth(120); // the prompt's length is no reason to widen the case pane
        area.setMinHeight(64);
        area.setPromptText(texts.get("reply.prompt"));
        area.textProperty().bindBidirectional(vm.text());
        area.editableProperty().bind(vm.sending().not().and(vm.loading().not()));
        picker = new TemplatePicker(vm.templates(), area, texts);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SEND.match(e)) {
                e.consume();
                vm.send();
            } else if (TEMPLATES.match(e)) {
                e.consume();
                picker.open(0);
            }
        });
        // "/" at the start of a line opens the templates instead of typing the slash
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            int at = area.getCaretPosition();
            if ("/".equals(e.getCharacter()) && (at == 0 || area.getText().charAt(at - 1) == '\n')) {
                e.consume();
                picker.open(0);
            }
        });
        typingPause.setOnFinished(e -> vm.checkDeflection());
        savePause.setOnFinished(e -> vm.saveDraft());
        textChanged = (o, a, b) -> {
            typingPause.playFromStart();
            savePause.playFromStart();
        };
        vm.text().addListener(textChanged);
        if (!vm.text().get().isBlank()) {
            typingPause.playFromStart();
        }

        Label notice = new Label();
        notice.setId("reply-notice");
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.textProperty().bind(Bindings.createStringBinding(() -> text(texts, vm.notice().get()), vm.notice()));
        noticeChanged = (o, a, n) -> noticeStyle(notice, n);
        vm.notice().addListener(noticeChanged);
        noticeStyle(notice, vm.notice().get());
        Label blocked = new Label();
        blocked.setId("reply-blocked-reason");
        blocked.getStyleClass().add(Css.WARNING_TEXT);
        blocked.setWrapText(true);
        blocked.setMinHeight(Region.USE_PREF_SIZE);
        blocked.textProperty().bind(Bindings.createStringBinding(() -> {
            List<org.switchboard.service.replies.ReplyProblem> p = vm.problems().get();
            if (p.isEmpty() || vm.target().get() == null) {
                // a flagged reply may still go: say that choosing to is recorded
                return vm.deflecting().get() ? texts.get("reply.deflection.still") : "";
            }
            return words.problem(p.getFirst(), vm.target().get());
        }, vm.problems(), vm.target(), vm.deflecting()));
        blocked.visibleProperty().bind(blocked.textProperty().isNotEmpty());
        blocked.managedProperty().bind(blocked.visibleProperty());
        Button templatesButton = new Button(texts.get("reply.template.button"));
        templatesButton.setId("reply-templates");
        templatesButton.setMinWidth(Region.USE_PREF_SIZE);
        templatesButton.setTooltip(new Tooltip(texts.get("reply.template.tooltip")));
        templatesButton.setOnAction(e -> {
            area.requestFocus();
            picker.open(0);
        });
        Button send = new Button(texts.get("reply.send"));
        send.setId("reply-send");
        send.getStyleClass().add(Styles.ACCENT);
        send.setMinWidth(Region.USE_PREF_SIZE);
        send.setTooltip(new Tooltip(texts.get("reply.send.tooltip")));
        send.disableProperty().bind(vm.canSend().not());
        send.setOnAction(e -> vm.send());
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        Label saved = new Label();
        saved.setId("reply-saved");
        saved.getStyleClass().add(Css.MUTED);
        saved.setMinWidth(Region.USE_PREF_SIZE);
        saved.textProperty().bind(Bindings.createStringBinding(() -> vm.savedAt().get() == null ? ""
                : texts.get("reply.draft.saved", time.at(vm.savedAt().get())), vm.savedAt()));
        Label state = new Label();
        state.setId("reply-outbox-state");
        state.setWrapText(true);
        state.setMinHeight(Region.USE_PREF_SIZE);
        state.textProperty().bind(Bindings.createStringBinding(() -> OutboxTexts.state(texts, time,
                vm.entry().get()), vm.entry()));
        state.visibleProperty().bind(state.textProperty().isNotEmpty());
        state.managedProperty().bind(state.visibleProperty());
        VBox said = new VBox(2, notice, blocked, state);
        // What the box says wraps in the room the buttons leave; it never widens the case pane.
        for (Region r : new Region[] {notice, blocked, state, said}) {
            r.setMinWidth(0);
        }
        HBox bottom = new HBox(8, said, gap2, saved, templatesButton, send);
        bottom.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().setAll(top, new DeflectionPanel(vm, texts).node(), area, bottom);
        root.getStyleClass().add("reply-box");
        conflictsChanged = (o, a, b) -> conflicts(texts, names, time, b);
        vm.conflicts().addListener(conflictsChanged);
        clock.setCycleCount(Animation.INDEFINITE);
        clock.play();
    }

    public Node node() {
        return root;
    }

    /** Puts the keyboard focus into the text (R). FX thread. */
    public void focus() {
        area.requestFocus();
        area.end();
    }

    /** Stops the clock and lets go of the view-model. FX thread. */
    public void dispose() {
        clock.stop();
        typingPause.stop();
        if (savePause.getStatus() == Animation.Status.RUNNING) {
            savePause.stop();
            vm.saveDraft();
        }
        vm.conflicts().removeListener(conflictsChanged);
        vm.channels().removeListener(channelsChanged);
        vm.channel().removeListener(channelChanged);
        if (conflictDialog != null) {
            var old = conflictDialog;
            conflictDialog = null;
            old.close();
        }
        picker.hide();
        vm.text().removeListener(textChanged);
        area.textProperty().unbindBidirectional(vm.text());
        vm.open().removeListener(openChanged);
        vm.overLimit().removeListener(overChanged);
        vm.notice().removeListener(noticeChanged);
    }

    /** One toggle per channel the case offers; none while it offers one only. */
    private void channelButtons(Texts texts) {
        channelButtons.getChildren().clear();
        channelGroup.getToggles().clear();
        if (vm.channels().size() > 1) {
            for (org.switchboard.domain.ReplyChannel c : vm.channels()) {
                javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton(
                        texts.get("reply.channel.choose." + c.id()));
                b.setId("reply-channel-" + c.id());
                b.setUserData(c);
                b.setToggleGroup(channelGroup);
                b.setMinWidth(Region.USE_PREF_SIZE);
                b.setOnAction(e -> {
                    vm.choose(c);
                    selectChannel(vm.channel().get());
                });
                channelButtons.getChildren().add(b);
            }
            var buttons = channelButtons.getChildren();
            for (int i = 0; i < buttons.size(); i++) {
                buttons.get(i).getStyleClass().add(i == 0 ? Styles.LEFT_PILL
                        : i == buttons.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            }
        }
        channelButtons.setVisible(!channelButtons.getChildren().isEmpty());
        channelButtons.setManaged(channelButtons.isVisible());
        selectChannel(vm.channel().get());
    }

    private void selectChannel(org.switchboard.domain.ReplyChannel c) {
        channelGroup.getToggles().forEach(t -> t.setSelected(t.getUserData() == c));
    }

    /** The messages that arrived since the draft began, with "Send anyway" and "Review". */
    private void conflicts(Texts texts, DomainTexts names, TimeFormat time,
                           java.util.List<org.switchboard.domain.Message> since) {
        if (conflictDialog != null) {
            var old = conflictDialog;
            conflictDialog = null;
            old.close();
        }
        if (since == null || root.getScene() == null) {
            return;
        }
        javafx.scene.control.ButtonType anyway = new javafx.scene.control.ButtonType(
                texts.get("reply.conflict.send"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType review = new javafx.scene.control.ButtonType(
                texts.get("reply.conflict.review"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> d = new javafx.scene.control.Dialog<>();
        d.initOwner(root.getScene().getWindow());
        d.setTitle(texts.get("reply.conflict.title"));
        d.setHeaderText(texts.get("reply.conflict.header", since.size()));
        d.getDialogPane().getStylesheets().add(Css.STYLESHEET);
        d.getDialogPane().getStyleClass().add("switchboard-dialog");
        d.getDialogPane().setId("reply-conflicts");
        d.getDialogPane().getButtonTypes().setAll(anyway, review);
        VBox list = new VBox(8);
        for (org.switchboard.domain.Message m : since) {
            Label who = new Label(texts.get(m.direction() == org.switchboard.domain.Direction.IN
                    ? "reply.conflict.from-customer" : "reply.conflict.from-us",
                    m.author() == null ? "" : m.author(), time.at(m.createdAt())));
            who.getStyleClass().add(Css.MUTED);
            Label said = new Label(m.text()); // plain text, never HTML
            said.setWrapText(true);
            said.setMaxWidth(460);
            said.setMinHeight(Region.USE_PREF_SIZE);
            list.getChildren().add(new VBox(2, who, said));
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(320, 70.0 * since.size()));
        scroll.setPrefViewportWidth(480);
        d.getDialogPane().setContent(scroll);
        ((Button) d.getDialogPane().lookupButton(anyway)).setId("reply-conflict-send");
        ((Button) d.getDialogPane().lookupButton(review)).setId("reply-conflict-review");
        conflictDialog = d;
        d.setOnHidden(e -> {
            if (conflictDialog == d) {
                conflictDialog = null;
                if (d.getResult() == anyway) {
                    vm.sendAnyway();
                } else {
                    vm.review();
                }
            }
        });
        d.show();
    }

    private static Label chip(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll(Css.CHIP, style);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private void tick() {
        vm.tick();
    }

    private static void blocked(Label channel, boolean blocked) {
        channel.getStyleClass().remove(BLOCKED);
        if (blocked) {
            channel.getStyleClass().add(BLOCKED);
        }
    }

    private static String text(Texts texts, Notice n) {
        return n == null ? "" : texts.get(n.key(), n.detail());
    }

    private static void noticeStyle(Label label, Notice n) {
        label.getStyleClass().removeAll(Css.DANGER_TEXT, Css.WARNING_TEXT, Css.SUCCESS_TEXT);
        if (n != null) {
            label.getStyleClass().add(n.styleClass());
        }
    }
}
