package org.switchboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Untrusted text is shown as harmless text. */
class DisplayTextTest {
    @Test
    void aRightToLeftOverrideCannotDisguiseAFileName() {
        String hostile = "rechnung\u202Efdp.exe";
        assertThat(DisplayText.safe(hostile)).isEqualTo("rechnung[U+202E]fdp.exe");
        assertThat(DisplayText.hasHiddenCharacters(hostile)).isTrue();
    }

    @Test
    void zeroWidthCharactersBecomeVisibleButEmojiSequencesStay() {
        assertThat(DisplayText.safe("pay\u200Bpal.com")).isEqualTo("pay[U+200B]pal.com");
        assertThat(DisplayText.safe("Stadt\u200DBeispiel")).contains("[U+200D]");
        String technologist = "🧑\u200D💻 Laptop weg";
        assertThat(DisplayText.safe(technologist)).isEqualTo(technologist);
        assertThat(DisplayText.safe("❤\uFE0F\u200D🔥")).isEqualTo("❤\uFE0F\u200D🔥");
    }

    @Test
    void terminalEscapesAndControlCharactersAreNeutralised() {
        assertThat(DisplayText.safe("\u001B[31mrot\u001B[0m\u0007")).isEqualTo("[U+001B][31mrot[U+001B][0m[U+0007]");
        assertThat(DisplayText.safe("a\r\nb\rc")).isEqualTo("a\nb\nc");
        assertThat(DisplayText.oneLine("a\nb\tc")).isEqualTo("a b c");
    }

    @Test
    void htmlStaysLiteralText() {
        String html = "<script>alert(1)</script><b>fett</b> <a href=\"javascript:alert(1)\">klick</a>";
        assertThat(DisplayText.safe(html)).isEqualTo(html);
        assertThat(DisplayText.hasHiddenCharacters(html)).isFalse();
    }

    @Test
    void hugeTextIsHandledInOnePass() {
        String line = "x".repeat(100_000) + "\u202E";
        assertThat(DisplayText.safe(line)).hasSize(100_000 + "[U+202E]".length());
        assertThat(DisplayText.safe(null)).isEmpty();
    }
}
