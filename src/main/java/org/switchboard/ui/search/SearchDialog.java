package org.switchboard.ui.search;

import java.util.function.LongConsumer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.switchboard.service.i18n.Texts;

/**
 * "/": a search field and the cases it finds. Enter in the field searches; Down moves into the results;
 * Enter on a result opens its case and closes the dialog; Esc closes it. UI thread only.
 */
public final class SearchDialog {
    private final SearchViewModel model;
    private final Texts texts;
    private final LongConsumer openCase;

    public SearchDialog(SearchViewModel model, Texts texts, LongConsumer openCase) {
        this.model = model;
        this.texts = texts;
        this.openCase = openCase;
    }

    public void show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(texts.get("search.title"));

        TextField field = new TextField();
        field.setId("search-field");
        field.setPromptText(texts.get("search.prompt"));
        field.textProperty().bindBidirectional(model.query());

        ListView<SearchViewModel.Row> results = new ListView<>(model.rows());
        results.setId("search-results");
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SearchViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null
                        : texts.get("search.hit", row.caseId(), texts.get("search.kind." + row.kind()), row.snippet()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);

        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                switch (model.message().get()) {
                    case "" -> texts.get("search.hint");
                    case "none" -> texts.get("search.none");
                    default -> model.message().get();
                }, model.message()));

        field.setOnAction(e -> model.run());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !model.rows().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        results.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                long id = results.getSelectionModel().getSelectedItem().caseId();
                stage.close();
                openCase.accept(id);
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && results.getSelectionModel().getSelectedItem() != null) {
                long id = results.getSelectionModel().getSelectedItem().caseId();
                stage.close();
                openCase.accept(id);
            }
        });

        VBox root = new VBox(8, field, message, results);
        root.setStyle("-fx-padding: 12;");
        Scene scene = new Scene(root, 720, 480);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.show();
        field.requestFocus();
    }
}
