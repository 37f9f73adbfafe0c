package org.switchboard.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.port.TextAnalyzer.Analysis;
import org.switchboard.domain.port.TextAnalyzer.Word;

/** German and English words reduce to the forms the routing compares, whatever their inflection. */
class TextAnalysisTest {
    private static final TextAnalysis ANALYSIS = new TextAnalysis();

    @AfterAll
    static void close() {
        ANALYSIS.close();
    }

    private static Word word(String text) {
        List<Word> words = ANALYSIS.analyse(text).words();
        assertThat(words).as(text).hasSize(1);
        return words.getFirst();
    }

    private static void sameStem(String inflected, String keyword) {
        assertThat(word(inflected).stems()).as("'%s' and '%s' share a stem", inflected, keyword)
                .containsAnyElementsOf(word(keyword).stems());
    }

    @Test
    void germanPluralsAndUmlautsShareTheStemOfTheirKeyword() {
        sameStem("Bänke", "Bank");
        sameStem("Gehwege", "Gehweg");
        sameStem("Schlaglöcher", "Schlagloch");
        sameStem("Laternen", "Laterne");
        sameStem("Spielplätze", "Spielplatz");
        sameStem("Verspätungen", "Verspätung");
        sameStem("Aufzüge", "Aufzug");
    }

    @Test
    void sharpSAndUmlautsFoldSoBothSpellingsAreTheSameWord() {
        assertThat(word("Straße").folded()).isEqualTo(word("Strasse").folded()).isEqualTo("strasse");
        assertThat(word("STRASSE").folded()).isEqualTo("strasse");
        assertThat(word("Müll").folded()).isEqualTo("mull");
        assertThat(word("Grünfläche").folded()).isEqualTo("grunflache");
        sameStem("Straßen", "Strasse");
    }

    @Test
    void englishPluralsAndPossessivesShareTheStemOfTheirKeyword() {
        sameStem("benches", "bench");
        sameStem("potholes", "pothole");
        sameStem("lights", "light");
        sameStem("playgrounds", "playground");
        sameStem("bus's", "bus");
        sameStem("trees", "tree");
    }

    @Test
    void theLanguageIsGuessedFromFunctionWords() {
        assertThat(ANALYSIS.analyse("Die Bank im Park ist kaputt und der Weg auch.").language()).isEqualTo("de");
        assertThat(ANALYSIS.analyse("The bench in the park is broken and so is the path.").language())
                .isEqualTo("en");
        assertThat(ANALYSIS.analyse("RE 7 Verspätung").language()).isEmpty();
    }

    @Test
    void stopWordsFollowTheLanguageOfTheText() {
        Analysis german = ANALYSIS.analyse("Ich bin sauer, die Tonne ist voll");
        Analysis english = ANALYSIS.analyse("The bin on the corner is full");
        assertThat(german.words()).filteredOn(w -> w.text().equals("bin")).singleElement()
                .extracting(Word::stopword).isEqualTo(true);
        assertThat(english.words()).filteredOn(w -> w.text().equals("bin")).singleElement()
                .extracting(Word::stopword).isEqualTo(false);
        assertThat(english.words()).filteredOn(w -> w.text().equals("the")).allMatch(Word::stopword);
    }

    @Test
    void wordsKnowWhereTheyStandInTheTextAndEmojiAreNoWords() {
        String text = "Bus 23 kam nicht 😤🚌 – @VBB bitte!";
        Analysis a = ANALYSIS.analyse(text);
        assertThat(a.words()).extracting(Word::text).containsExactly("Bus", "23", "kam", "nicht", "VBB", "bitte");
        for (Word w : a.words()) {
            assertThat(text.substring(w.start(), w.end())).isEqualTo(w.text());
        }
    }

    @Test
    void emptyHostileAndHugeTextsAreHandled() {
        assertThat(ANALYSIS.analyse(null).words()).isEmpty();
        assertThat(ANALYSIS.analyse("   \n").words()).isEmpty();
        assertThat(ANALYSIS.analyse("<script>alert(1)</script> \u202Egnp.exe \u0000").words()).isNotEmpty();
        String huge = "Schlagloch ".repeat(50_000);
        assertThat(ANALYSIS.analyse(huge).words()).hasSizeLessThanOrEqualTo(TextAnalysis.MAX_CHARS / 10 + 1);
    }

    @Test
    void stemsListsEachStemOfTheContentWordsOnce() {
        assertThat(ANALYSIS.stems("Die Bänke und die Bank")).containsExactly("bank");
    }
}
