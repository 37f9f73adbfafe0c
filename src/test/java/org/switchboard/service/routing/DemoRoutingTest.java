package org.switchboard.service.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.domain.routing.ProblemGroup;
import org.switchboard.domain.routing.Routing;
import org.switchboard.domain.routing.UnitScore;

/** Routing against the demo directory and the demo's cases: the stories Switchboard is built for. */
class DemoRoutingTest {
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

    private static Routing route(String text) {
        return demo.routing().route(text);
    }

    private static UnitScore best(Routing r) {
        assertThat(r.groups()).as("problems found").isNotEmpty();
        return r.groups().getFirst().units().getFirst();
    }

    private static ProblemGroup groupLedBy(Routing r, String unit) {
        return r.groups().stream().filter(g -> g.units().getFirst().key().equals(unit)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem led by " + unit + " in " + r));
    }

    @Test
    void germanInflectionsFindTheirKeyword() {
        UnitScore parks = best(route("Die Bänke im Stadtpark sind seit Wochen kaputt."));
        assertThat(parks.key()).isEqualTo("parks");
        assertThat(parks.reasons()).contains("'Bänke' matches keyword 'Bank'");

        UnitScore roads = best(route("Die Gehwege in unserer Siedlung sind voller Schlaglöcher."));
        assertThat(roads.key()).isEqualTo("roads");
        assertThat(roads.reasons()).anyMatch(r -> r.startsWith("'Schlaglöcher' matches keyword 'Schlagloch'"))
                .anyMatch(r -> r.startsWith("'Gehwege' matches"));

        assertThat(best(route("Die Strasse vor der Schule ist gesperrt")).key()).isEqualTo("roads");
        assertThat(best(route("Die Straßenlaterne vor Hausnummer 5 ist aus")).key()).isEqualTo("street-lighting");
        assertThat(best(route("Seit Tagen brennen die Laternen nicht mehr")).key()).isEqualTo("street-lighting");
    }

    @Test
    void englishInflectionsFindTheirKeyword() {
        UnitScore parks = best(route("The benches by the pond are broken."));
        assertThat(parks.key()).isEqualTo("parks");
        assertThat(parks.reasons()).contains("'benches' matches keyword 'bench'");
        assertThat(best(route("Huge potholes all over the road, my tyre is ruined")).key()).isEqualTo("roads");
        assertThat(best(route("The street lights outside my house keep flickering")).key())
                .isEqualTo("street-lighting");
    }

    @Test
    void partsOfCompoundWordsCountButLessThanTheWordItself() {
        UnitScore roads = best(route("Die Gehwegplatten vor dem Rathaus sind lose."));
        assertThat(roads.key()).isEqualTo("roads");
        assertThat(roads.reasons()).contains("'Gehwegplatten' contains keyword 'Gehweg'");
        assertThat(roads.score()).isLessThan(best(route("Der Gehweg vor dem Rathaus ist lose.")).score());
        assertThat(best(route("Die Parkbänke am Teich sind beschmiert")).key()).isEqualTo("parks");
    }

    @Test
    void theBenchRubbishAndPuddleStoryIsSplitIntoItsProblems() {
        Routing r = route("Die Bank ist kaputt, überall Müll, und der Gehweg ist abgesackt – riesige Pfütze");
        assertThat(r.groups()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(groupLedBy(r, "parks").problem()).contains("Bank").doesNotContain("Gehweg");
        ProblemGroup roads = groupLedBy(r, "roads");
        assertThat(roads.problem()).contains("Gehweg").contains("Pfütze").doesNotContain("Bank");
        assertThat(roads.units().getFirst().reasons()).contains("'Pfütze' matches keyword 'Pfütze'");
        assertThat(r.groups()).flatExtracting(ProblemGroup::units).extracting(UnitScore::key).contains("waste");
    }

    @Test
    void theDemoBenchCaseYieldsParksAndRoadsEachFirstInItsGroup() {
        Routing r = demo.routing().route(demo.caseWith("Die Bank ist kaputt (Lehne"));
        assertThat(r.groups()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(groupLedBy(r, "parks").problem()).contains("Bank");
        assertThat(groupLedBy(r, "roads").problem()).contains("Gehweg");
        assertThat(groupLedBy(r, "parks").units().getFirst().reasons())
                .contains("tag 'Grünanlagen' matches category 'Grünanlagen'");
    }

    @Test
    void aTextWithOneProblemYieldsOneGroup() {
        Routing r = route("Die Straßenlaterne vor meinem Haus flackert seit Tagen.");
        assertThat(r.groups()).hasSize(1);
        assertThat(r.groups().getFirst().problem()).isEqualTo("Die Straßenlaterne vor meinem Haus flackert seit Tagen");
    }

    @Test
    void theLostLaptopGoesToTheLostPropertyOfficeFirst() {
        Routing r = demo.routing().route(demo.caseWith("meinen Laptop im Bus der Linie 5"));
        assertThat(best(r).key()).isEqualTo("lost-property");
        assertThat(best(r).reasons()).contains("'liegen lassen' matches keyword 'liegen gelassen'");
        assertThat(best(route("Ich habe gestern meinen Laptop im Bus der Linie 5 liegen lassen")).key())
                .isEqualTo("lost-property");
        assertThat(best(route("I left my wallet on tram line 3 last night")).key()).isEqualTo("lost-property");
    }

    @Test
    void aLateTrainGoesToTransportOperationsOrCustomerService() {
        assertThat(best(route("RE 7 heute wieder 40 Minuten Verspätung, Anschluss weg")).key())
                .isIn("vbb-operations", "customer-service");
        Routing r = demo.routing().route(demo.caseWith("RE 7 heute wieder 40 Minuten Verspätung"));
        assertThat(r.groups()).hasSize(1);
        assertThat(r.groups().getFirst().units()).extracting(UnitScore::key)
                .startsWith(r.groups().getFirst().units().getFirst().key())
                .contains("vbb-operations", "customer-service");
        assertThat(best(r).key()).isIn("vbb-operations", "customer-service");
    }

    @Test
    void aTextThatNamesNothingYieldsNoGroups() {
        assertThat(route("Lorem ipsum dolor sit amet, consectetur adipiscing elit.").groups()).isEmpty();
        assertThat(route("Danke!").groups()).as("thanks name no problem, though 'Danke' is a keyword").isEmpty();
        assertThatThrownBy(() -> route("  ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> demo.routing().route(987_654L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aHugeMessageIsReadFromItsBeginningWithoutFailing() {
        String huge = "Die Bank im Stadtpark ist kaputt! " + "Bla bla, und so weiter. ".repeat(200_000);
        Routing r = route(huge);
        assertThat(best(r).key()).isEqualTo("parks");
        assertThat(r.groups().getFirst().problem()).hasSizeLessThanOrEqualTo(160);
    }

    @Test
    void greetingsMentionsAndPlacesDoNotMakeProblemsOfTheirOwn() {
        Routing r = route("Hallo @stadt_beispielstadt, die Bank im Rosengarten ist kaputt. Danke!");
        assertThat(r.groups()).hasSize(1);
        assertThat(best(r).key()).isEqualTo("parks");
        assertThat(r.groups().getFirst().problem()).doesNotContain("stadt_beispielstadt");
    }

    @Test
    void aTagThatFitsNoProblemInTheTextIsAProblemOfItsOwn() {
        Routing r = demo.routing().route(demo.caseWith("Lessing school"));
        assertThat(groupLedBy(r, "order").problem()).isEqualTo("Graffiti");
        assertThat(groupLedBy(r, "order").units().getFirst().reasons())
                .containsExactly("tag 'Graffiti' matches keyword 'Graffiti'");
    }

    @Test
    void everyDemoCaseIsRoutedWithReasonsAndOrderedScores() {
        List<QueueRow> cases = demo.allCases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        int withSuggestions = 0;
        for (QueueRow row : cases) {
            Routing r = demo.routing().route(row.id());
            withSuggestions += r.isEmpty() ? 0 : 1;
            for (ProblemGroup g : r.groups()) {
                assertThat(g.problem()).as("case %d", row.id()).isNotBlank().hasSizeLessThanOrEqualTo(160);
                assertThat(g.units()).as("case %d", row.id()).isNotEmpty();
                double previous = 1;
                for (UnitScore u : g.units()) {
                    assertThat(u.score()).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
                    assertThat(u.reasons()).as("case %d, %s", row.id(), u.key()).isNotEmpty();
                    assertThat(u.name()).isNotBlank();
                    previous = u.score();
                }
            }
        }
        assertThat(withSuggestions).as("cases with a suggestion").isGreaterThanOrEqualTo(cases.size() - 2);
    }
}
