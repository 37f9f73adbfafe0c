package org.switchboard.service.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What people say they already tried becomes a one-click earlier attempt. */
class AttemptSuggestionsTest {
    @Test
    void theBenchStoryNamesBothOfficesAndThatNobodyAnswered() {
        List<AttemptSuggestions.Suggestion> s = AttemptSuggestions.in("Hallo liebe Stadt,\n\nso sieht es seit Wochen "
                + "aus. Ich hab schon dem Umweltamt UND dem Straßenbauamt eine Mail geschrieben, mit Fotos. Beides ohne "
                + "Antwort. Was muss man hier machen??");
        assertThat(s).extracting(AttemptSuggestions.Suggestion::addressee).containsExactly("Umweltamt", "Straßenbauamt");
        assertThat(s).allSatisfy(x -> {
            assertThat(x.channel()).isEqualTo("email");
            assertThat(x.result()).isEqualToIgnoringCase("ohne Antwort");
            assertThat(x.quote()).contains("Umweltamt");
        });
    }

    @Test
    void countsAndChannelsInGermanAndEnglish() {
        var de = AttemptSuggestions.in("Ich habe schon zweimal beim Bürgertelefon angerufen, keine Antwort.");
        assertThat(de).singleElement().satisfies(x -> {
            assertThat(x.addressee()).isEqualTo("Bürgertelefon");
            assertThat(x.channel()).isEqualTo("phone");
            assertThat(x.times()).isEqualTo(2);
        });
        var en = AttemptSuggestions.in("I already emailed the parks department twice and never heard back.");
        assertThat(en).singleElement().satisfies(x -> {
            assertThat(x.addressee()).isEqualTo("parks department");
            assertThat(x.channel()).isEqualTo("email");
            assertThat(x.times()).isEqualTo(2);
            assertThat(x.result()).isEqualTo("never heard back");
        });
        var portal = AttemptSuggestions.in("Hab das bereits vor 3 Wochen im Mängelmelder gemeldet. Nichts passiert.");
        assertThat(portal).singleElement().satisfies(x -> assertThat(x.channel()).isEqualTo("portal"));
    }

    @Test
    void adviceAndPlainQuestionsAreNotAttempts() {
        assertThat(AttemptSuggestions.in("Please write to the environment office.")).isEmpty();
        assertThat(AttemptSuggestions.in("Bitte wenden Sie sich an das Umweltamt.")).isEmpty();
        assertThat(AttemptSuggestions.in("Wann kommt der Bus?")).isEmpty();
        assertThat(AttemptSuggestions.in(null)).isEmpty();
        assertThat(AttemptSuggestions.in("x".repeat(200_000))).isEmpty();
    }
}
