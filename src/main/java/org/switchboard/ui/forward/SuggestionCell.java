package org.switchboard.ui.forward;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.switchboard.domain.DisplayText;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;

/** One line of the suggestions: a problem phrase, or "1  Parks Office  [score]" with the reasons below. FX thread. */
final class SuggestionCell extends ListCell<ForwardViewModel.Suggestion> {
    private final Texts texts;

    private final javafx.beans.value.ObservableDoubleValue listWidth;

    SuggestionCell(Texts texts, javafx.beans.value.ObservableDoubleValue listWidth) {
        this.texts = texts;
        this.listWidth = listWidth;
    }

    /** Wrapped text needs a width to wrap at: the list's, less its scroll bar and padding. */
    private void fit(Region r) {
        r.maxWidthProperty().bind(javafx.beans.binding.Bindings.max(100,
                javafx.beans.binding.Bindings.subtract(listWidth, 40)));
        r.prefWidthProperty().bind(r.maxWidthProperty());
    }

    @Override
    protected void updateItem(ForwardViewModel.Suggestion s, boolean empty) {
        super.updateItem(s, empty);
        setText(null);
        getStyleClass().remove("suggestion-problem");
        if (empty || s == null) {
            setGraphic(null);
            setDisable(false);
            return;
        }
        if (s.header()) {
            Label problem = new Label(texts.get("forward.problem", DisplayText.oneLine(s.problem())));
            problem.setWrapText(true);
            problem.setMinHeight(Region.USE_PREF_SIZE);
            problem.getStyleClass().add(Css.SECTION_TITLE);
            fit(problem);
            getStyleClass().add("suggestion-problem");
            setGraphic(problem);
            setDisable(true); // a heading, not a choice
            return;
        }
        setDisable(false);
        Label number = new Label(s.number() <= 9 ? "Ctrl+" + s.number() : "");
        number.getStyleClass().addAll(Css.CHIP, "suggestion-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        Label name = new Label(DisplayText.oneLine(s.unit().name()));
        name.getStyleClass().add("suggestion-unit");
        name.setMinWidth(0);
        ProgressBar score = new ProgressBar(s.unit().score());
        score.setPrefWidth(90);
        score.setMinWidth(90);
        score.setFocusTraversable(false);
        Label percent = new Label(Math.round(s.unit().score() * 100) + " %");
        percent.getStyleClass().add(Css.MUTED);
        percent.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, number, name, gap, score, percent);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label reasons = new Label(RoutingTexts.say(texts, s.unit().why()));
        reasons.getStyleClass().addAll(Css.MUTED, "suggestion-reasons");
        reasons.setWrapText(true);
        reasons.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(2, top, reasons);
        fit(box);
        setGraphic(box);
    }
}
