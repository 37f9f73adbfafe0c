package org.switchboard.service.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.AppContext;
import org.switchboard.domain.StaleWriteException;
import org.switchboard.domain.Template;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.queue.QueueQuery;
import org.switchboard.service.Workspace;

/** Templates in a real workspace (H2, migration V6), with the demo's cases and its starter templates. */
class TemplateServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;
    Workspace ws;
    TemplateService templates;

    @BeforeEach
    void open() {
        ws = AppContext.openEmbedded(dir, CLOCK);
        ws.demo().load();
        templates = ws.templates();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theDemoSeedsGermanAndEnglishTemplates() {
        assertThat(templates.list("de")).hasSizeGreaterThanOrEqualTo(3).allMatch(t -> t.language().equals("de"));
        assertThat(templates.list("en")).hasSizeGreaterThanOrEqualTo(3).allMatch(t -> t.language().equals("en"));
        assertThat(templates.list("de")).extracting(Template::shortcut).contains("weiter");
    }

    @Test
    void createEditAndDeleteWithOptimisticLocking() {
        Template t = templates.create(new TemplateService.Draft("Baustelle", "de", "Hallo {contact.name}, die "
                + "Baustelle endet laut Plan Ende des Monats.", "/Baustelle"));
        assertThat(t.shortcut()).isEqualTo("baustelle");
        Template edited = templates.update(t.id(), t.version(), new TemplateService.Draft("Baustelle Kaistraße", "de",
                t.body(), "baustelle"));
        assertThat(edited.version()).isEqualTo(1);
        assertThat(templates.find(t.id()).orElseThrow().name()).isEqualTo("Baustelle Kaistraße");
        assertThatThrownBy(() -> templates.update(t.id(), t.version(), new TemplateService.Draft("alt", "de", "x",
                null))).isInstanceOf(StaleWriteException.class);
        assertThat(templates.delete(t.id())).isTrue();
        assertThat(templates.delete(t.id())).isFalse();
        assertThat(templates.find(t.id())).isEmpty();
    }

    @Test
    void badInputIsRefusedWithTheFix() {
        assertThatThrownBy(() -> templates.create(new TemplateService.Draft("danke FÜR den hinweis", "de", "x", null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("exists already");
        assertThatThrownBy(() -> templates.create(new TemplateService.Draft("Neu", "de", "x", "weiter")))
                .hasMessageContaining("shortcut 'weiter' belongs to the template");
        assertThatThrownBy(() -> templates.create(new TemplateService.Draft("Neu", "fr", "x", null)))
                .hasMessageContaining("'de' or 'en'");
        assertThatThrownBy(() -> templates.create(new TemplateService.Draft("Neu", "de", "Hallo {kontakt.name}", null)))
                .hasMessageContaining("{kontakt.name}").hasMessageContaining("{contact.name}");
        assertThatThrownBy(() -> templates.create(new TemplateService.Draft("Neu", "de", "x", "zwei worte")))
                .hasMessageContaining("one word");
        // the same name in the other language is another template
        assertThat(templates.create(new TemplateService.Draft("Danke für den Hinweis", "en", "Thanks!", null)).id())
                .isPositive();
    }

    @Test
    void renderingForACaseUsesItsContactAndTheAgent() {
        long jonas = ws.queue().page(QueueQuery.firstPage(null, null, 1000)).rows().stream()
                .filter(r -> r.contactName().equals("Jonas Wagner")).findFirst().orElseThrow().id();
        Template t = templates.list("de").stream().filter(x -> "weiter".equals(x.shortcut())).findFirst().orElseThrow();
        TemplateText.Rendered r = templates.render(t.id(), jonas);
        assertThat(r.text()).startsWith("Hallo Jonas Wagner,").contains(ws.agent().name());
        // no errand yet on this case: its reference, unit and due date are shown as missing
        assertThat(r.missing()).containsExactly("errand.unit", "errand.ref", "errand.due");
        assertThat(r.text()).contains("\u27E6errand.ref fehlt\u27E7");
    }
}
