package org.switchboard.ui.caseview;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.Dialogs;
import org.switchboard.ui.common.DomainTexts;

/**
 * Merge: another case of this contact, a case that is possibly the same person (same name on another
 * platform, from the queue), or any case by number, merged into the open one. The dialog says before the
 * click that the other case is closed as a duplicate. FX thread.
 */
final class MergeDialog {
    /** A case offered for merging, and why it is offered. */
    private record Candidate(long id, String line) {}

    private MergeDialog() {}

    static void show(Window owner, DomainTexts names, CaseActionsViewModel vm, CaseDetail d, List<QueueRow> rows) {
        var texts = names.texts();
        long target = d.kase().id();
        Dialog<ButtonType> dialog = Dialogs.create(owner, texts, texts.get("case.merge.title"),
                texts.get("case.merge.header", String.valueOf(target)), texts.get("case.merge.confirm"));
        dialog.getDialogPane().setId("merge-dialog");
        List<Candidate> candidates = candidates(names, d, rows);
        ListView<Candidate> list = new ListView<>();
        list.setId("merge-list");
        list.getItems().setAll(candidates);
        list.setPrefHeight(Math.min(6, Math.max(1, candidates.size())) * 30 + 4);
        list.setPlaceholder(new Label(texts.get("case.merge.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Candidate c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.line());
            }
        });
        TextField number = new TextField();
        number.setId("merge-number");
        number.setPrefColumnCount(10);
        Label warning = new Label();
        warning.getStyleClass().add(Css.WARNING_TEXT);
        warning.setWrapText(true);
        warning.setMaxWidth(480);
        Label problem = Dialogs.problemLabel();
        Runnable update = () -> {
            Long other = chosen(list, number.getText());
            warning.setText(other == null || other == target ? ""
                    : texts.get("case.merge.warning", String.valueOf(other), String.valueOf(target)));
        };
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> update.run());
        number.textProperty().addListener((o, a, b) -> update.run());
        dialog.getDialogPane().setContent(new VBox(6, ResolveDialog.caption(texts.get("case.merge.pick"), list), list,
                ResolveDialog.caption(texts.get("case.merge.number"), number), number, warning, problem));
        Button ok = Dialogs.confirmButton(dialog);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            String typed = number.getText().strip();
            Long other = chosen(list, typed);
            String why = other == null ? typed.isEmpty() ? texts.get("case.merge.error.none")
                    : texts.get("case.merge.error.number", DisplayText.oneLine(typed))
                    : other == target ? texts.get("case.merge.error.self") : null;
            if (why != null) {
                ResolveDialog.show(problem, why);
                return;
            }
            vm.merge(other, refused -> {
                if (refused == null) {
                    dialog.setResult(ButtonType.OK);
                    dialog.close();
                } else {
                    ResolveDialog.show(problem, texts.get(refused.key(), refused.detail()));
                }
            });
        });
        dialog.setOnShown(e -> (candidates.isEmpty() ? number : list).requestFocus());
        dialog.show();
    }

    /** The typed number wins over the list; null when neither gives a case number. */
    private static Long chosen(ListView<Candidate> list, String typed) {
        if (!typed.isBlank()) {
            try {
                return Long.parseLong(typed.strip().replaceFirst("^#", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Candidate c = list.getSelectionModel().getSelectedItem();
        return c == null ? null : c.id();
    }

    private static List<Candidate> candidates(DomainTexts names, CaseDetail d, List<QueueRow> rows) {
        var texts = names.texts();
        List<Candidate> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        seen.add(d.kase().id());
        for (Case c : d.otherCasesOfContact()) {
            // A merged case stays as a closed, empty duplicate; it cannot be merged again.
            if (c.status() != CaseStatus.CLOSED && seen.add(c.id())) {
                out.add(new Candidate(c.id(), texts.get("case.merge.other-case", String.valueOf(c.id()),
                        names.status(c.status()), DisplayText.oneLine(c.preview())) + " \u2014 "
                        + texts.get("case.merge.same-contact")));
            }
        }
        String name = DisplayText.oneLine(d.contact().name()).toLowerCase(Locale.ROOT);
        for (QueueRow r : rows) {
            if (r.contactId() != d.contact().id() && DisplayText.oneLine(r.contactName()).toLowerCase(Locale.ROOT)
                    .equals(name) && seen.add(r.id())) {
                out.add(new Candidate(r.id(), texts.get("case.merge.other-case", String.valueOf(r.id()),
                        names.status(r.status()), DisplayText.oneLine(r.preview())) + " \u2014 "
                        + texts.get("case.merge.maybe-same", names.platform(r.platform()))));
            }
        }
        return out;
    }
}
