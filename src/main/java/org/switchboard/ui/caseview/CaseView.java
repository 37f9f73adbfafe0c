package org.switchboard.ui.caseview;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.switchboard.domain.Message;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.TimeFormat;

/**
 * The centre: the open case's header and its conversation in order. Shows a hint while no case is
 * open. Built anew on a language change; {@link #dispose()} detaches it. FX thread.
 */
public final class CaseView {
    /** What the case view needs besides its view-model: how to open links and fetch photos. */
    public record Services(Consumer<String> openLink, AttachmentLoader loader, BackgroundRunner runner) {}

    private final CaseViewModel vm;
    private final DomainTexts names;
    private final TimeFormat time;
    private final Services services;
    private final StackPane root = new StackPane();
    private final BorderPane content = new BorderPane();
    private final VBox conversation = new VBox(12);
    private final ScrollPane scroll = new ScrollPane(conversation);
    private final Label hint;
    private final CaseDialogs dialogs;
    private final CaseActionBar actionBar;
    private final VBox top = new VBox();
    private Long shownCase;
    private final ChangeListener<CaseDetail> detailChanged = (o, a, b) -> show(b);

    public CaseView(CaseViewModel vm, DomainTexts names, TimeFormat time, Services services, CaseDialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.actionBar = new CaseActionBar(dialogs);
        this.names = names;
        this.time = time;
        this.services = services;
        hint = new Label(names.texts().get("case.none"));
        hint.getStyleClass().add(Css.PLACEHOLDER);
        hint.setWrapText(true);
        conversation.getStyleClass().add("conversation");
        scroll.setId("case-conversation");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(true); // arrow keys and Page Up/Down scroll the conversation
        scroll.getStyleClass().add("conversation-scroll");
        content.setCenter(scroll);
        content.setTop(top);
        root.getStyleClass().add("case-pane");
        root.getChildren().setAll(hint, content);
        vm.detail().addListener(detailChanged);
        show(vm.detail().get());
    }

    public Node node() {
        return root;
    }

    /** Puts {@code composer} (the reply box) under the conversation, shown while a case is open. FX thread. */
    public void setComposer(Node composer) {
        content.setBottom(composer);
    }

    /** Moves the keyboard focus into the conversation (Enter in the queue). FX thread. */
    public void focus() {
        scroll.requestFocus();
    }

    /** True when the focus is somewhere inside the case view. FX thread. */
    public boolean contains(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    /** Detaches from the view-model. FX thread. */
    public void dispose() {
        vm.detail().removeListener(detailChanged);
        actionBar.dispose();
    }

    private void show(CaseDetail detail) {
        hint.setVisible(detail == null);
        content.setVisible(detail != null);
        if (detail == null) {
            conversation.getChildren().clear();
            shownCase = null;
            return;
        }
        boolean sameCase = shownCase != null && shownCase == detail.kase().id();
        double keep = scroll.getVvalue();
        top.getChildren().setAll(CaseHeader.of(detail, names), actionBar.node());
        // A message can only be split off while another stays behind.
        MessageItem.Context ctx = new MessageItem.Context(detail, names, time, services.openLink(),
                services.loader(), services.runner(), scroll.widthProperty(),
                detail.messages().size() > 1 ? dialogs::split : null);
        conversation.getChildren().clear();
        for (Message m : detail.messages()) {
            conversation.getChildren().add(new MessageItem(m, ctx).node());
        }
        if (detail.messages().isEmpty()) {
            Label none = new Label(names.texts().get("case.no-messages"));
            none.getStyleClass().add(Css.PLACEHOLDER);
            conversation.getChildren().add(none);
        }
        // A newly opened case starts at its latest message (the one to answer); a refresh of the same
        // case stays put. Layout first, or the ScrollPane measures the old content and forgets the value.
        scroll.applyCss();
        scroll.layout();
        scroll.setVvalue(sameCase ? keep : scroll.getVmax());
        shownCase = detail.kase().id();
    }
}
