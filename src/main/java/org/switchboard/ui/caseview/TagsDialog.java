package org.switchboard.ui.caseview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;
import org.switchboard.domain.DisplayText;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.Dialogs;

/**
 * T: the open case's tags as text, separated by commas; the tag being typed is completed from the tags
 * the queue knows. FX thread.
 */
final class TagsDialog {
    private static final int SHOWN_KNOWN = 12;

    private TagsDialog() {}

    static void show(Window owner, Texts texts, CaseActionsViewModel vm, long caseId, List<String> current,
                     List<String> known) {
        Dialog<ButtonType> dialog = Dialogs.create(owner, texts, texts.get("case.tags.title"),
                texts.get("case.tags.header", String.valueOf(caseId)), texts.get("dialog.ok"));
        dialog.getDialogPane().setId("tags-dialog");
        TextField field = new TextField(String.join(", ", current));
        field.setId("tags-text");
        field.setPrefColumnCount(36);
        TextFields.bindAutoCompletion(field, request -> completions(request.getUserText(), known));
        Label hint = new Label(known.isEmpty() ? "" : texts.get("case.tags.known", String.join(", ",
                known.stream().limit(SHOWN_KNOWN).map(DisplayText::oneLine).toList())
                + (known.size() > SHOWN_KNOWN ? ", …" : "")));
        hint.getStyleClass().add(Css.MUTED);
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        dialog.getDialogPane().setContent(new VBox(6, ResolveDialog.caption(texts.get("case.tags.label"), field),
                field, hint));
        dialog.setOnShown(e -> {
            field.requestFocus();
            field.end();
        });
        dialog.showAndWait().filter(Dialogs::confirmed).ifPresent(b -> vm.setTags(field.getText()));
    }

    /** The whole text with its last tag completed, one line per known tag that starts like it. */
    static Collection<String> completions(String text, List<String> known) {
        int comma = text.lastIndexOf(',');
        String head = comma < 0 ? "" : text.substring(0, comma + 1) + " ";
        String typed = (comma < 0 ? text : text.substring(comma + 1)).strip().replaceFirst("^#", "")
                .toLowerCase(Locale.ROOT);
        if (typed.isEmpty()) {
            return List.of();
        }
        List<String> already = Arrays.stream(text.split(",")).map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> out = new ArrayList<>();
        for (String tag : known) {
            String t = tag.toLowerCase(Locale.ROOT);
            if (t.startsWith(typed) && !t.equals(typed) && !already.contains(t)) {
                out.add(head + tag);
            }
        }
        return out;
    }
}
