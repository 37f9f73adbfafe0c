package org.switchboard.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.switchboard.domain.search.SearchQuery;

/** Snippets mark the words the query matched in any of its analysed forms, around the part that matched. */
class SnippetsTest {
    private static String snippet(String query, String text) {
        return new Snippets(QueryBuilder.wordsQuery(SearchQuery.parse(query, 50))).of(text);
    }

    @Test
    void theMatchingWordsAreMarkedInTheirInflectedForms() {
        assertThat(snippet("trees", "At the Stadtpark a tree fell after the storm."))
                .isEqualTo("At the Stadtpark a «tree» fell after the storm.");
        assertThat(snippet("Bänke", "Am Rosengarten ist die Bank kaputt.")).isEqualTo("Am Rosengarten ist die «Bank» kaputt.");
        assertThat(snippet("Strasse", "Die Goethestraße und die Straße am Markt")).isEqualTo("Die Goethestraße und die «Straße» am Markt");
        assertThat(snippet("Schlagloch Goethestraße", "Moin,\n\nAm Goethestraße ein Schlagloch so groß wie ein Reifen."))
                .isEqualTo("Moin,  Am «Goethestraße» ein «Schlagloch» so groß wie ein Reifen.");
    }

    @Test
    void prefixesAndPhrasesAreMarked() {
        assertThat(snippet("Later*", "Die Straßenlaterne und die Laternen am Markt sind aus."))
                .isEqualTo("Die Straßenlaterne und die «Laternen» am Markt sind aus.");
        assertThat(snippet("\"riesige Pfütze\"", "Dort steht eine riesige Pfütze."))
                .isEqualTo("Dort steht eine «riesige» «Pfütze».");
    }

    @Test
    void wordsThatMustNotMatchAndFiltersAreNotMarked() {
        assertThat(snippet("Bank -kaputt platform:facebook", "Die Bank ist kaputt, die facebook Bank auch"))
                .isEqualTo("Die «Bank» ist kaputt, die facebook «Bank» auch");
    }

    @Test
    void aLongTextIsCutAroundTheMatchAtWordBoundaries() {
        String text = "Hallo, ".repeat(60) + "hier ist ein Schlagloch am Markt. " + "Danke und viele Grüße. ".repeat(40);
        String s = snippet("Schlagloch", text);
        assertThat(s).contains("«Schlagloch»").startsWith("…").endsWith("…");
        assertThat(s.length()).isLessThanOrEqualTo(Snippets.LENGTH + 4);
        assertThat(s.substring(1, s.length() - 1)).doesNotStartWith(" ").matches("(?s)\\S.*\\S");
        assertThat(text).contains(s.substring(1, s.length() - 1).replace("«", "").replace("»", ""));
    }

    @Test
    void withoutAMatchTheSnippetIsTheTextsBeginning() {
        assertThat(snippet("Ampel", "Der Bus kam\nwieder nicht")).isEqualTo("Der Bus kam wieder nicht");
        assertThat(snippet("", "Der Bus kam")).isEqualTo("Der Bus kam");
        assertThat(snippet("Ampel", "x".repeat(300))).hasSize(Snippets.LENGTH + 1).endsWith("…");
    }
}
