package org.switchboard.ui.caseview;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.switchboard.domain.Attachment;
import org.switchboard.domain.DisplayText;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.Icons;
import org.switchboard.ui.common.Problem;

/**
 * An attachment as a placeholder button. Nothing is fetched until the person clicks: a photo then
 * loads in the background and replaces the button; other files open in the browser. FX thread.
 */
final class AttachmentView {
    private static final double MAX_PHOTO_WIDTH = 360;

    private final VBox box = new VBox(4);

    AttachmentView(Attachment attachment, Texts texts, AttachmentLoader loader, BackgroundRunner runner,
                   Consumer<String> openLink) {
        boolean photo = attachment.type().toLowerCase(Locale.ROOT).startsWith("image");
        Button button = new Button(photo ? texts.get("case.attachment.photo")
                : texts.get("case.attachment.file", DisplayText.oneLine(attachment.type())));
        button.setGraphic(photo ? Icons.camera() : Icons.file());
        button.getStyleClass().add("attachment-button");
        button.setMnemonicParsing(false);
        button.setTooltip(new Tooltip(DisplayText.oneLine(attachment.url())));
        if (photo) {
            button.setOnAction(e -> loadPhoto(attachment, texts, loader, runner, button));
        } else {
            button.setDisable(!Links.web(attachment.url()));
            button.setOnAction(e -> openLink.accept(attachment.url()));
        }
        box.getChildren().add(button);
        box.getStyleClass().add("attachment");
    }

    Node node() {
        return box;
    }

    /** Why the photo did not come, in words: an unreachable host is the usual case (and the demo's). */
    static String failure(Texts texts, String url, Throwable e) {
        if (e instanceof java.net.ConnectException || e instanceof java.net.UnknownHostException
                || e instanceof java.net.http.HttpConnectTimeoutException) {
            String host = java.net.URI.create(url.strip()).getHost();
            return texts.get("case.attachment.unreachable", host == null ? url : DisplayText.oneLine(host));
        }
        return texts.get("case.attachment.failed", Problem.readable(e));
    }

    private void loadPhoto(Attachment a, Texts texts, AttachmentLoader loader, BackgroundRunner runner,
                           Button button) {
        button.setDisable(true);
        button.setText(texts.get("case.attachment.loading"));
        runner.run(() -> loader.load(a.url()), image -> {
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(Math.min(MAX_PHOTO_WIDTH, image.getWidth()));
            Tooltip.install(view, new Tooltip(DisplayText.oneLine(a.url())));
            box.getChildren().setAll(view);
        }, e -> {
            Label failed = new Label(failure(texts, a.url(), e));
            failed.getStyleClass().add(Css.DANGER_TEXT);
            failed.setWrapText(true);
            button.setText(texts.get("case.attachment.retry"));
            button.setDisable(false);
            box.getChildren().setAll(button, failed);
        });
    }
}
