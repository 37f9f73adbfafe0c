package org.switchboard.ui.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Template;
import org.switchboard.service.Workspace;
import org.switchboard.service.replies.TemplateService;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.ui.common.DirectRunner;

/** The template editor against a real workspace with the demo's templates, without a JavaFX toolkit. */
class TemplateEditorViewModelTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private TemplateEditorViewModel editor;

    @BeforeEach
    void open() {
        ws = UiTestWorkspace.withDemo(dir);
        editor = new TemplateEditorViewModel(ws.templates(), new DirectRunner());
        editor.load();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aNewTemplateIsSavedListedAndChosen() {
        int before = editor.templates().size();
        editor.newTemplate("en");
        editor.name().set("Road works");
        editor.shortcut().set("roadworks");
        editor.body().set("Hi {contact.name}, the road works end on {errand.due}.");
        editor.save();

        assertThat(editor.notice().get().key()).isEqualTo("templates.saved");
        assertThat(editor.templates()).hasSize(before + 1);
        assertThat(editor.selected().get().name()).isEqualTo("Road works");
        assertThat(ws.templates().list("en")).extracting(Template::shortcut).contains("roadworks");
    }

    @Test
    void anEditByAnotherAgentMeanwhileIsAConflictAndNothingIsOverwritten() {
        Template danke = editor.templates().stream().filter(t -> "danke".equals(t.shortcut())).findFirst()
                .orElseThrow();
        editor.selected().set(danke);
        assertThat(editor.body().get()).isEqualTo(danke.body());
        ws.templates().update(danke.id(), danke.version(), new TemplateService.Draft(danke.name(), "de",
                "Geändert von Tobias", "danke"));

        editor.body().set("Meine Fassung");
        editor.save();

        assertThat(editor.notice().get().problem()).isTrue();
        assertThat(editor.notice().get().detail()).contains("changed by someone else");
        assertThat(ws.templates().find(danke.id()).orElseThrow().body()).isEqualTo("Geändert von Tobias");
    }

    @Test
    void badInputIsShownWithTheFixAndDeleteRemoves() {
        editor.newTemplate("de");
        editor.name().set("Kaputt");
        editor.body().set("Hallo {kontakt.name}");
        editor.save();
        assertThat(editor.notice().get().detail()).contains("{kontakt.name}").contains("{contact.name}");

        Template first = editor.templates().getFirst();
        editor.selected().set(first);
        editor.delete();
        assertThat(editor.notice().get().key()).isEqualTo("templates.deleted");
        assertThat(ws.templates().find(first.id())).isEmpty();
        assertThat(editor.selected().get()).isNull();
    }
}
