package org.switchboard.ui.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.routing.RoutingReason;
import org.switchboard.domain.routing.RoutingReason.Fit;
import org.switchboard.domain.routing.RoutingReason.Note;
import org.switchboard.domain.routing.RoutingReason.Said;
import org.switchboard.domain.routing.RoutingReason.Term;
import org.switchboard.domain.routing.UnitScore;
import org.switchboard.service.i18n.Texts;
import org.switchboard.service.routing.RoutingFixture;

/** Why a unit is suggested, said in the window's language (the routing's own reasons are English). */
class RoutingTextsTest {
    private static final Texts DE = Texts.forLanguage("de");
    private static final Texts EN = Texts.forLanguage("en");

    @TempDir
    static Path dir;

    private static RoutingFixture demo;

    @BeforeAll
    static void open() {
        demo = RoutingFixture.demo(dir);
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    private static List<UnitScore> units(String text) {
        return demo.routing().route(text).groups().stream().flatMap(g -> g.units().stream()).toList();
    }

    @Test
    void theEnglishWindowSaysExactlyWhatTheRoutingSays() {
        for (String text : List.of("Die Bänke im Stadtpark sind seit Wochen kaputt.",
                "Die Gehwegplatten vor Hausnummer 12 sind gebrochen und es steht eine riesige Pfütze da.",
                "Ich habe meinen Laptop im Bus liegen lassen.", "The benches in the park are broken and the lift "
                        + "at the station is out of order again.", "die bank ist kaputt, und der müll liegt herum")) {
            List<UnitScore> units = units(text);
            assertThat(units).as(text).isNotEmpty();
            for (UnitScore u : units) {
                assertThat(u.why()).hasSameSizeAs(u.reasons());
                for (int i = 0; i < u.why().size(); i++) {
                    assertThat(RoutingTexts.say(EN, u.why().get(i))).isEqualTo(u.reasons().get(i));
                }
            }
        }
    }

    @Test
    void theGermanWindowSaysItInGerman() {
        UnitScore parks = units("Die Bänke im Stadtpark sind seit Wochen kaputt.").getFirst();

        assertThat(RoutingTexts.say(DE, parks.why())).contains("\u201eB\u00e4nke\u201c passt zum Stichwort \u201eBank\u201c")
                .doesNotContain("matches", "keyword");
        assertThat(RoutingTexts.say(DE, new RoutingReason(List.of(new Said(false, "Gehwegplatten"),
                new Said(true, "Gehweg")), false, Fit.CONTAINS, new Term("Gehweg", false, "Petra Schulz"),
                Note.SAYS_WHERE, 0))).isEqualTo("\u201eGehwegplatten\u201c, Schlagwort \u201eGehweg\u201c enthalten das "
                + "Stichwort \u201eGehweg\u201c von Petra Schulz (sagt, wo; z\u00e4hlt halb)");
        assertThat(RoutingTexts.say(DE, new RoutingReason(List.of(), false, Fit.WENT_TO,
                new Term("Gr\u00fcnfl\u00e4chenamt", false, null), Note.NONE, 1)))
                .isEqualTo("1 \u00e4hnlicher Fall ging an Gr\u00fcnfl\u00e4chenamt");
        assertThat(RoutingTexts.say(DE, new RoutingReason(List.of(), false, Fit.WENT_TO,
                new Term("Gr\u00fcnfl\u00e4chenamt", false, null), Note.NONE, 3)))
                .isEqualTo("3 \u00e4hnliche F\u00e4lle gingen an Gr\u00fcnfl\u00e4chenamt");
        assertThat(RoutingTexts.say(DE, RoutingReason.replyPointsThere("Umweltamt")))
                .isEqualTo("die Antwort schickt die Person dorthin");
    }

    @Test
    void everyKindOfReasonHasWordsInBothLanguages() {
        for (Texts texts : List.of(DE, EN)) {
            for (Fit fit : Fit.values()) {
                for (boolean category : new boolean[] {false, true}) {
                    for (int words = 1; words <= 2; words++) {
                        for (Note note : Note.values()) {
                            List<Said> said = words == 1 ? List.of(new Said(false, "a"))
                                    : List.of(new Said(false, "a"), new Said(true, "b"));
                            String out = RoutingTexts.say(texts, new RoutingReason(said, true, fit,
                                    new Term("T", category, "P"), note, 2));
                            assertThat(out).as(texts.language() + " " + fit + " " + category + " " + words + " " + note)
                                    .doesNotContain("!forward.").isNotBlank();
                        }
                    }
                }
            }
        }
    }

    @Test
    void hostileWordsStayOneLineOfText() {
        String out = RoutingTexts.say(DE, new RoutingReason(List.of(new Said(false, "Bank\n<script>x</script> {0}")),
                false, Fit.MATCHES, new Term("Bank", false, null), Note.NONE, 0));

        assertThat(out).doesNotContain("\n").contains("<script>x</script> {0}");
    }
}
