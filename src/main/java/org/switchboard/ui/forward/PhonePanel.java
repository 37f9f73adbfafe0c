package org.switchboard.ui.forward;

import java.time.Duration;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.Unit;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;

/**
 * For a phone errand: the unit's numbers as {@code tel:} links (the system's phone app dials), and a call
 * timer. The call note is the dialog's note field. FX thread.
 */
final class PhonePanel {
    private final ForwardViewModel vm;
    private final Texts texts;
    private final Consumer<String> openLink;
    private final FlowPane numbers = new FlowPane(10, 4);
    private final Label elapsed = new Label("0:00");
    private final Button timer = new Button();
    private final VBox root;
    private final Timeline tick = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> showElapsed()));

    PhonePanel(ForwardViewModel vm, Texts texts, Consumer<String> openLink) {
        this.vm = vm;
        this.texts = texts;
        this.openLink = openLink;
        tick.setCycleCount(Timeline.INDEFINITE);
        elapsed.setId("forward-call-time");
        elapsed.getStyleClass().add("call-timer");
        timer.setId("forward-call-timer");
        timer.setOnAction(e -> toggle());
        Label title = new Label(texts.get("forward.phone.numbers"));
        title.getStyleClass().add(Css.MUTED);
        root = new VBox(6, new HBox(8, title, numbers), new HBox(10, timer, elapsed));
        root.getStyleClass().add("phone-panel");
        vm.unit().addListener((o, a, u) -> showNumbers(u));
        vm.callStarted().addListener((o, a, b) -> showTimer());
        showNumbers(vm.unit().get());
        showTimer();
    }

    Node node() {
        return root;
    }

    void stop() {
        tick.stop();
    }

    private void toggle() {
        if (vm.callStarted().get() == null) {
            vm.startCall();
        } else {
            vm.stopCall();
        }
    }

    private void showTimer() {
        boolean running = vm.callStarted().get() != null;
        timer.setText(texts.get(running ? "forward.phone.stop" : "forward.phone.start"));
        if (running) {
            tick.play();
        } else {
            tick.stop();
        }
        showElapsed();
    }

    private void showElapsed() {
        Duration d = vm.callElapsed();
        long s = d.toSeconds();
        elapsed.setText("%d:%02d".formatted(s / 60, s % 60));
    }

    private void showNumbers(Unit u) {
        numbers.getChildren().clear();
        if (u == null || u.phones().isEmpty()) {
            numbers.getChildren().add(new Label(texts.get("forward.phone.none")));
            return;
        }
        for (String phone : u.phones()) {
            String shown = DisplayText.oneLine(phone);
            Hyperlink link = new Hyperlink(shown);
            link.getStyleClass().add("phone-link");
            link.setMnemonicParsing(false);
            // tel: takes the digits and a leading +; spaces and dashes are for people.
            link.setOnAction(e -> openLink.accept("tel:" + phone.replaceAll("[^0-9+]", "")));
            numbers.getChildren().add(link);
        }
    }
}
