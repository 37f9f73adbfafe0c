package org.switchboard.ui.forward;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.Unit;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.Notice;
import org.switchboard.ui.common.TimeFormat;
import org.switchboard.ui.errands.ErrandCss;
import org.switchboard.ui.errands.ErrandWords;

/**
 * The forward dialog (F in a case): suggestions by problem, any unit of the directory, the channel, due date
 * and note, for a phone errand the numbers and a call timer. Keys: Ctrl+1…9 pick a suggestion, Alt+E/W/O/P a
 * channel (the focus then goes to the note), Ctrl+Enter forwards. Stays open to show the reference. FX thread.
 */
public final class ForwardDialog {
    private static final Map<ErrandChannel, KeyCode> CHANNEL_KEYS = Map.of(ErrandChannel.EMAIL, KeyCode.E,
            ErrandChannel.WEBHOOK, KeyCode.W, ErrandChannel.OPEN311, KeyCode.O, ErrandChannel.PHONE, KeyCode.P);

    private final ForwardViewModel vm;
    private final Texts texts;
    private final ErrandWords words;
    private final TimeFormat time;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ListView<ForwardViewModel.Suggestion> list = new ListView<>();
    private final ComboBox<Unit> other = new ComboBox<>();
    private final Map<ErrandChannel, RadioButton> radios = new EnumMap<>(ErrandChannel.class);
    private final ToggleGroup channelGroup = new ToggleGroup();
    private final DatePicker due = new DatePicker();
    private final Label dueHint = new Label();
    private final TextArea note = new TextArea();
    private final Label notice = new Label();
    private final PhonePanel phone;
    private final ButtonType forwardType;

    public ForwardDialog(Window owner, ForwardViewModel vm, ErrandWords words, TimeFormat time,
                         Consumer<String> openLink) {
        this.vm = vm;
        this.texts = words.texts();
        this.words = words;
        this.time = time;
        this.phone = new PhonePanel(vm, texts, openLink);
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("forward.title"));
        dialog.setHeaderText(texts.get("forward.header", String.valueOf(vm.caseId())));
        dialog.setResizable(true);
        forwardType = new ButtonType(texts.get("forward.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(texts.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(forwardType, close);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getStylesheets().addAll(Css.STYLESHEET, ErrandCss.STYLESHEET);
        dialog.getDialogPane().setId("forward-dialog");
        dialog.getDialogPane().setPrefSize(820, 640);
        Button forward = (Button) dialog.getDialogPane().lookupButton(forwardType);
        forward.setId("forward-button");
        forward.disableProperty().bind(vm.busy().or(vm.unit().isNull()).or(vm.forwarded().isNotNull()));
        forward.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open to show the reference or the problem
            vm.forward();
        });
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        dialog.setOnHidden(e -> phone.stop());
        bind();
    }

    public void show() {
        dialog.show();
        list.requestFocus();
    }

    private VBox content() {
        list.setId("forward-suggestions");
        list.setCellFactory(l -> new SuggestionCell(texts, l.widthProperty()));
        list.setItems(vm.suggestions());
        list.setPlaceholder(new Label(texts.get("forward.loading")));
        list.setPrefHeight(260);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null && !s.header()) {
                vm.choose(s.unit().key());
            }
        });
        other.setId("forward-unit");
        other.setItems(vm.units());
        other.setConverter(new StringConverter<>() {
            @Override
            public String toString(Unit u) {
                return ErrandWords.unit(u);
            }

            @Override
            public Unit fromString(String s) {
                return null;
            }
        });
        other.setPromptText(texts.get("forward.unit.prompt"));
        other.setMaxWidth(Double.MAX_VALUE);
        HBox channelBox = new HBox(14);
        channelBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (ErrandChannel c : ErrandChannel.values()) {
            RadioButton r = new RadioButton(words.channel(c));
            r.setTooltip(new javafx.scene.control.Tooltip("Alt+" + CHANNEL_KEYS.get(c).getName()));
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            r.setId("forward-channel-" + c.id());
            r.setToggleGroup(channelGroup);
            r.setUserData(c);
            radios.put(c, r);
            channelBox.getChildren().add(r);
        }
        due.setId("forward-due");
        note.setId("forward-note");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        notice.setId("forward-notice");
        notice.setWrapText(true);
        dueHint.getStyleClass().add(Css.MUTED);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, label("forward.unit", other), other);
        Label keys = new Label(texts.get("forward.channel.keys"));
        keys.getStyleClass().add(Css.MUTED);
        channelBox.getChildren().add(keys);
        form.addRow(1, label("forward.channel", channelBox), channelBox);
        form.addRow(2, new Label(), phone.node());
        form.addRow(3, label("forward.due", due), new HBox(10, due, dueHint));
        form.addRow(4, label("forward.note", note), note);
        GridPane.setHgrow(other, Priority.ALWAYS);
        GridPane.setHgrow(note, Priority.ALWAYS);
        Label title = new Label(texts.get("forward.suggestions"));
        title.getStyleClass().add(Css.PANE_TITLE);
        VBox box = new VBox(8, title, list, form, notice);
        box.setPrefWidth(800);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private Label label(String key, javafx.scene.Node target) {
        Label l = new Label(texts.get(key));
        l.setLabelFor(target);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private void bind() {
        vm.unit().addListener((o, a, u) -> {
            other.getSelectionModel().select(u);
            dialog.setHeaderText(u == null ? texts.get("forward.header", String.valueOf(vm.caseId()))
                    : texts.get("forward.header.unit", String.valueOf(vm.caseId()), ErrandWords.unit(u)));
        });
        other.valueProperty().addListener((o, a, u) -> {
            if (u != null && u != vm.unit().get()) {
                vm.unit().set(u);
            }
        });
        vm.channels().addListener((javafx.collections.ListChangeListener<ErrandChannel>) c -> enableChannels());
        enableChannels();
        vm.channel().addListener((o, a, c) -> showChannel(c));
        channelGroup.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                vm.channel().set((ErrandChannel) t.getUserData());
            }
        });
        showChannel(vm.channel().get());
        due.valueProperty().bindBidirectional(vm.due());
        vm.defaultDue().addListener((o, a, d) -> dueHint.setText(d == null ? ""
                : texts.get("forward.due.default", time.date(d))));
        note.textProperty().bindBidirectional(vm.note());
        vm.notice().addListener((o, a, n) -> showNotice(n));
    }

    private void enableChannels() {
        radios.forEach((c, r) -> r.setDisable(!vm.channels().contains(c)));
    }

    private void showChannel(ErrandChannel c) {
        channelGroup.selectToggle(c == null ? null : radios.get(c));
        boolean phoneCall = c == ErrandChannel.PHONE;
        phone.node().setVisible(phoneCall);
        phone.node().setManaged(phoneCall);
        note.setPromptText(texts.get(phoneCall ? "forward.note.call" : "forward.note.prompt"));
    }

    private void showNotice(Notice n) {
        notice.getStyleClass().removeAll(Css.SUCCESS_TEXT, Css.WARNING_TEXT, Css.DANGER_TEXT);
        if (n == null) {
            notice.setText("");
            return;
        }
        notice.setText(texts.get(n.key(), n.detail()));
        notice.getStyleClass().add(n.styleClass());
    }

    private void keys(KeyEvent e) {
        if (e.isShortcutDown() && !e.isAltDown() && e.getCode().isDigitKey()) {
            int n = e.getCode().getCode() - (e.getCode().isKeypadKey() ? KeyCode.NUMPAD0.getCode() : KeyCode.DIGIT0.getCode());
            if (n >= 1 && n <= 9 && vm.pick(n)) {
                list.getItems().stream().filter(s -> !s.header() && s.number() == n).findFirst()
                        .ifPresent(s -> list.getSelectionModel().select(s));
                e.consume();
            }
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.ENTER) {
            e.consume();
            vm.forward();
        } else if (e.isAltDown() && !e.isShortcutDown()) {
            CHANNEL_KEYS.forEach((c, key) -> {
                if (e.getCode() == key && vm.channels().contains(c)) {
                    e.consume();
                    vm.channel().set(c);
                    note.requestFocus();
                }
            });
        }
    }
}
