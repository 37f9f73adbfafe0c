package org.switchboard.ui.queue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.switchboard.domain.Platform;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.ui.common.DomainTexts;

/** Sort order and platform filter above the case list. FX thread. */
final class QueueFilterBar {
    /** A platform or "all platforms": a ComboBox shows a {@code null} item badly, so it gets a value. */
    record PlatformChoice(Platform platform) {}

    private final GridPane grid = new GridPane();

    QueueFilterBar(QueueViewModel vm, DomainTexts names) {
        ComboBox<QueueSort> sort = new ComboBox<>();
        sort.setId("queue-sort");
        sort.getItems().setAll(QueueSort.values());
        sort.setConverter(converter(names::sort));
        sort.setValue(vm.sort().get());
        sort.valueProperty().addListener((o, a, b) -> vm.sort().set(b));

        ComboBox<PlatformChoice> platform = new ComboBox<>();
        platform.setId("queue-platform");
        List<PlatformChoice> choices = new ArrayList<>();
        choices.add(new PlatformChoice(null));
        vm.platforms().forEach(p -> choices.add(new PlatformChoice(p)));
        platform.getItems().setAll(choices);
        platform.setConverter(converter(c -> c.platform() == null
                ? names.texts().get("queue.filter.all-platforms") : names.platform(c.platform())));
        platform.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PlatformChoice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : platform.getConverter().toString(c));
            }
        });
        platform.setValue(new PlatformChoice(vm.platform().get()));
        platform.valueProperty().addListener((o, a, b) -> vm.platform().set(b == null ? null : b.platform()));

        Label sortLabel = new Label(names.texts().get("queue.sort.label"));
        sortLabel.setLabelFor(sort);
        sortLabel.setMnemonicParsing(true);
        Label platformLabel = new Label(names.texts().get("queue.filter.platform"));
        platformLabel.setLabelFor(platform);
        platformLabel.setMnemonicParsing(true);
        sort.setMaxWidth(Double.MAX_VALUE);
        platform.setMaxWidth(Double.MAX_VALUE);
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, sortLabel, sort);
        grid.addRow(1, platformLabel, platform);
        grid.getStyleClass().add("queue-filters");
    }

    GridPane node() {
        return grid;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
