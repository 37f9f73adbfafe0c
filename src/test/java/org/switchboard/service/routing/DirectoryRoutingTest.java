package org.switchboard.service.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.routing.Routing;
import org.switchboard.domain.routing.UnitScore;

/** The matching rules one by one, on a small hand-made directory (src/test/resources/routing). */
class DirectoryRoutingTest {
    private static final String DIRECTORY = "/routing/small-directory.json";

    @TempDir
    Path dir;

    private static List<UnitScore> units(Routing r) {
        assertThat(r.groups()).as("problems").hasSize(1);
        return r.groups().getFirst().units();
    }

    private static UnitScore unit(Routing r, String key) {
        return r.groups().stream().flatMap(g -> g.units().stream()).filter(u -> u.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not suggested in " + r));
    }

    @Test
    void theHeadOfACompoundCountsMoreThanItsFirstPart() {
        try (RoutingFixture f = RoutingFixture.directory(dir, DIRECTORY)) {
            List<UnitScore> units = units(f.routing().route("Die Straßenlaterne vor Nummer 12 ist kaputt"));
            assertThat(units).extracting(UnitScore::key).containsExactly("licht", "tiefbau");
            assertThat(units.get(0).reasons()).containsExactly("'Straßenlaterne' contains keyword 'Laterne'");
            assertThat(units.get(1).reasons()).containsExactly("'Straßenlaterne' contains keyword 'Straße'");
            assertThat(units.get(0).score()).isGreaterThan(units.get(1).score());

            UnitScore gruen = units(f.routing().route("Die Parkbank ist beschmiert")).getFirst();
            assertThat(gruen.key()).isEqualTo("gruen");
            assertThat(gruen.reasons()).contains("'Parkbank' contains keyword 'Bank'");
        }
    }

    @Test
    void aWordThatIsAKeywordItselfIsNotAlsoAKeywordWithTheSameStem() {
        try (RoutingFixture f = RoutingFixture.directory(dir, DIRECTORY)) {
            assertThat(units(f.routing().route("Parken verboten, trotzdem stehen da jeden Tag Autos")))
                    .extracting(UnitScore::key).containsExactly("ordnung");
            assertThat(units(f.routing().route("Im Park ist es schön, aber der Rasen ist vertrocknet")))
                    .extracting(UnitScore::key).containsExactly("gruen");
        }
    }

    @Test
    void peopleLendTheirKeywordsToTheirUnitAndCategoriesCount() {
        try (RoutingFixture f = RoutingFixture.directory(dir, DIRECTORY)) {
            UnitScore gruen = units(f.routing().route("Im Rosengarten sind alle Rosen verblüht")).getFirst();
            assertThat(gruen.key()).isEqualTo("gruen");
            assertThat(gruen.name()).isEqualTo("Grünflächenamt");
            assertThat(gruen.reasons()).containsExactly("'Rosengarten' matches keyword 'Rosengarten' of Rosa Beet");

            UnitScore play = units(f.routing().route("Der Spielplatz hat keine Schaukel mehr")).getFirst();
            assertThat(play.reasons()).containsExactly("'Spielplatz' matches category 'Spielplätze'");
        }
    }

    @Test
    void aLowerCaseWordThatIsANounKeywordCountsHalf() {
        try (RoutingFixture f = RoutingFixture.directory(dir, DIRECTORY)) {
            UnitScore verb = unit(f.routing().route("Die Autos rasen hier mit achtzig durch die Siedlung"), "gruen");
            UnitScore noun = unit(f.routing().route("Der Rasen hier ist ganz vertrocknet"), "gruen");
            assertThat(verb.score()).isLessThan(noun.score());
            assertThat(verb.reasons().getFirst()).contains("lower case");
        }
    }

    @Test
    void participlesFindTheirNounAndPhrases() {
        try (RoutingFixture f = RoutingFixture.directory(dir, DIRECTORY)) {
            assertThat(unit(f.routing().route("Der Bus ist heute wieder ausgefallen"), "verkehr").reasons())
                    .contains("'ausgefallen' matches keyword 'Ausfall'");
            assertThat(unit(f.routing().route("Ich habe meinen Schirm liegen lassen"), "verkehr").reasons())
                    .containsExactly("'liegen lassen' matches keyword 'liegen gelassen'");
        }
    }

    @Test
    void unitsThatSimilarCasesWentToGetABonusWithTheirCount() {
        try (RoutingFixture f = RoutingFixture.directory(dir, DIRECTORY, "Die Bank am Teich ist kaputt",
                "Schon wieder eine Bank kaputt, diesmal am Spielplatz", "Die Bank vor der Schule wackelt",
                "Die Bank im Hof ist kaputt", "Straße voller Schlaglöcher")) {
            List<Long> ids = f.caseIds;
            f.forwarded(ids.get(0), "hausmeister", ErrandStatus.DONE, null);
            f.forwarded(ids.get(1), "h.meister", ErrandStatus.IN_PROGRESS, null);
            f.forwarded(ids.get(2), "tiefbau", ErrandStatus.REDIRECTED, "hausmeister");
            f.forwarded(ids.get(3), "tiefbau", ErrandStatus.DECLINED, null);
            f.forwarded(ids.get(4), "tiefbau", ErrandStatus.DONE, null);

            Routing r = f.routing().route("Die Bank ist kaputt");
            UnitScore caretaker = unit(r, "hausmeister");
            assertThat(caretaker.reasons()).containsExactly("3 similar cases went to Hausmeisterei");
            assertThat(units(r).getFirst().key()).isEqualTo("gruen");
            assertThat(units(r)).extracting(UnitScore::key).doesNotContain("tiefbau");

            Routing own = f.routing().route(ids.get(0));
            assertThat(unit(own, "hausmeister").reasons()).as("a case is not similar to itself")
                    .containsExactly("2 similar cases went to Hausmeisterei");
        }
    }

    @Test
    void aChangedDirectoryIsUsedAtOnce() {
        try (RoutingFixture f = RoutingFixture.directory(dir, DIRECTORY)) {
            assertThat(f.routing().route("Der Brunnen ist kaputt").groups()).isEmpty();
            var gruen = f.repos.directory().unit("gruen").orElseThrow();
            f.repos.directory().saveUnit(new org.switchboard.domain.Unit(gruen.id(), gruen.key(), gruen.name(),
                    gruen.email(), gruen.phones(), null, null, null, List.of("Brunnen"), List.of(), 5, null, null,
                    gruen.version()));
            assertThat(units(f.routing().route("Der Brunnen ist kaputt")).getFirst().key()).isEqualTo("gruen");
        }
    }
}
