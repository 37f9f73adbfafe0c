package org.switchboard.service.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.queue.QueueQuery;
import org.switchboard.domain.routing.UnitScore;

/** The deflection check on the demo workspace: the bench story's replies and the hard edges. */
class DeflectionCheckTest {
    private static final String UMWELTAMT_REPLY = "Hallo Herr Wagner, vielen Dank für Ihren Hinweis! Bitte wenden Sie "
            + "sich mit Ihrem Anliegen direkt an das Umweltamt unter umweltamt@beispielstadt.example. Die Kolleginnen "
            + "und Kollegen helfen Ihnen dort gerne weiter. Viele Grüße, Ihr Social-Media-Team";
    private static final String PORTAL_REPLY = "Hallo Herr Wagner, das tut uns leid. Für Schäden im öffentlichen Raum "
            + "nutzen Sie bitte unseren Mängelmelder: https://www.beispielstadt.example/maengelmelder – dort wird Ihr "
            + "Anliegen an die zuständige Stelle weitergeleitet. Viele Grüße";

    @TempDir
    static Path dir;

    private static DemoDeflection demo;
    private static long wagnersCase;
    private static long engelsCase;

    @BeforeAll
    static void openTheDemo() {
        demo = new DemoDeflection(dir);
        var rows = demo.workspace.queue().page(QueueQuery.firstPage(null, null, 1000)).rows();
        wagnersCase = rows.stream().filter(r -> r.contactName().equals("Jonas Wagner")).findFirst().orElseThrow().id();
        engelsCase = rows.stream().filter(r -> r.contactName().equals("Markus Engel")).findFirst().orElseThrow().id();
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @Test
    void sendingHerrWagnerToTheUmweltamtIsADeflectionThatHeAlreadyTried() {
        Verdict v = demo.check.check(UMWELTAMT_REPLY, wagnersCase);

        assertThat(v.deflection()).isTrue();
        assertThat(v.score()).isGreaterThanOrEqualTo(0.8);
        assertThat(v.pointsTo()).anySatisfy(t -> {
            assertThat(t.unitKey()).isEqualTo("environment");
            assertThat(t.via()).isEqualTo("umweltamt@beispielstadt.example");
        });
        assertThat(v.reasons()).anyMatch(r -> r.startsWith("points to Umweltamt")
                && r.contains("umweltamt@beispielstadt.example"));
        assertThat(v.alreadyTried()).singleElement().asString()
                .startsWith("Jonas Wagner already e-mailed Umweltamt").contains("keine Antwort");
        assertThat(v.reasons()).contains(v.alreadyTried().getFirst());
        assertThat(v.suggestedUnits()).isNotEmpty().extracting(UnitScore::key).contains("parks");
    }

    @Test
    void theReasonsComeAlsoAsDataForAWindowInAnotherLanguage() {
        Verdict v = demo.check.check(UMWELTAMT_REPLY, wagnersCase);

        // the same signals, in the same order as the English reasons, with the reply's own words
        assertThat(v.why()).isNotEmpty();
        assertThat(v.why().getFirst().deflecting()).isTrue();
        assertThat(v.why()).extracting(Verdict.Why::kind).contains("redirect", "email", "already-tried")
                .allMatch(Verdict.kinds()::contains);
        assertThat(v.why()).filteredOn(w -> w.kind().equals("email")).singleElement()
                .satisfies(w -> assertThat(w.quote()).isEqualTo("umweltamt@beispielstadt.example"));
        assertThat(v.why()).filteredOn(w -> w.kind().equals("redirect")).singleElement()
                .satisfies(w -> assertThat(UMWELTAMT_REPLY).contains(w.quote()));
        assertThat(v.tried()).singleElement().satisfies(t -> {
            assertThat(t.contact()).isEqualTo("Jonas Wagner");
            assertThat(t.attempt().addressee()).startsWith("Umweltamt");
        });
        assertThat(v.tried()).hasSameSizeAs(v.alreadyTried());
    }

    @Test
    void sendingHerrWagnerToTheComplaintsPortalIsADeflection() {
        Verdict v = demo.check.check(PORTAL_REPLY, wagnersCase);

        assertThat(v.deflection()).isTrue();
        assertThat(v.pointsTo()).anySatisfy(t -> assertThat(t.via()).containsIgnoringCase("maengelmelder"));
        assertThat(v.reasons()).anyMatch(r -> r.startsWith("points to") && r.contains("Mängelmelder"));
        // "dort wird Ihr Anliegen … weitergeleitet" is the portal's promise, not ours
        assertThat(v.reasons()).noneMatch(r -> r.startsWith("takes ownership"));
        assertThat(v.suggestedUnits()).extracting(UnitScore::key).contains("parks", "roads");
    }

    @Test
    void informationChannelOnlyIsADeflectionAndNamesTheFormMarkusAlreadyUsed() {
        Verdict de = demo.check.check("Hallo Markus, bitte beachte, dass dieser Account ausschließlich ein "
                + "Informationskanal ist. Für Anliegen wende dich bitte an unseren Kundenservice über das "
                + "Kontaktformular auf vbb.example/kontakt. ^AK", engelsCase);
        Verdict en = demo.check.check("This is an information channel only.", null);

        assertThat(de.deflection()).isTrue();
        assertThat(de.pointsTo()).anySatisfy(t -> assertThat(t.unitKey()).isEqualTo("customer-service"));
        assertThat(de.alreadyTried()).singleElement().asString().contains("VBB Kontaktformular");
        assertThat(en.deflection()).isTrue();
        assertThat(en.reasons()).anyMatch(r -> r.startsWith("says this channel cannot help"));
    }

    @Test
    void anHonestForwardThatAlsoGivesANumberIsNotADeflection() {
        Verdict v = demo.check.check("Hallo Herr Wagner, Sie haben recht. Ich habe Bank, Müll und Gehweg heute ans "
                + "Grünflächenamt und ans Straßenbauamt weitergeleitet (Vorgang SB-2026-000142). Sie hören bis Freitag "
                + "von uns – bei Gefahr können Sie zusätzlich das Grünflächenamt unter 030 1234-410 anrufen.", wagnersCase);

        assertThat(v.deflection()).isFalse();
        assertThat(v.score()).isLessThan(0.2);
        assertThat(v.reasons().getFirst()).startsWith("takes ownership");
        assertThat(v.reasons()).anyMatch(r -> r.startsWith("gives a reference number"));
        assertThat(v.pointsTo()).extracting(Verdict.Target::unitKey).contains("parks", "roads");
    }

    @Test
    void aDirectMessageRequestIsADeflectionOnlyWithoutAPurpose() {
        assertThat(demo.check.check("Please DM us.", null).deflection()).isTrue();
        assertThat(demo.check.check("DM us so we can look up your booking and fix it today 🙂", null).deflection())
                .isFalse();
    }

    @Test
    void hostileAndHugeTextIsJudgedQuicklyWithoutBreaking() {
        String huge = "Bitte wenden Sie sich an das Umweltamt. " + "wenden Sie sich ".repeat(5_000) + "a".repeat(500_000) + " please contact " + "@".repeat(100_000);
        String nasty = "(((((((((((" + "!!!!".repeat(1000) + "\u0000\uFFFF\uD83D" + "wir haben".repeat(3000)
                + " http://" + "a.".repeat(20_000) + " +49 " + "1-".repeat(10_000);
        long start = System.nanoTime();
        Verdict a = demo.check.check(huge, null);
        Verdict b = demo.check.check(nasty, null);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(a.deflection()).isTrue();
        assertThat(a.score()).isBetween(0.0, 1.0);
        assertThat(b.score()).isBetween(0.0, 1.0);
        assertThat(took).as("hostile text took %s", took).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void emptyTextIsRefusedInWords() {
        assertThatThrownBy(() -> demo.check.check("  \n ", null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("the reply is empty");
        assertThatThrownBy(() -> demo.check.check(null, null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void anUnknownCaseIsNotFound() {
        assertThatThrownBy(() -> demo.check.check("Please contact the parks office.", 987_654L))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theSameReplyAlwaysGetsTheSameVerdict() {
        assertThat(demo.check.check(UMWELTAMT_REPLY, wagnersCase)).isEqualTo(demo.check.check(UMWELTAMT_REPLY, wagnersCase));
    }
}
