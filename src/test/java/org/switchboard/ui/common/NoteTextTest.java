package org.switchboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A note's paragraphs, lists and links are shown as plain text with the link's real target. */
class NoteTextTest {
    @Test
    void paragraphsListsAndLinksWithTheirRealTarget() {
        var blocks = NoteText.blocks("Rückruf zugesagt.\nBitte freundlich bleiben.\n\n- Foto angefordert\n"
                + "* [Stadtplan](https://maps.example/x?y=1)\n2. <b>nicht fett</b>\n\nSiehe [hier](javascript:alert(1))");
        assertThat(blocks).extracting(NoteText.Block::marker, NoteText.Block::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, "Rückruf zugesagt.\nBitte freundlich bleiben."),
                org.assertj.core.groups.Tuple.tuple("•", "Foto angefordert"),
                org.assertj.core.groups.Tuple.tuple("•", "Stadtplan (https://maps.example/x?y=1)"),
                org.assertj.core.groups.Tuple.tuple("2.", "<b>nicht fett</b>"),
                org.assertj.core.groups.Tuple.tuple(null, "Siehe hier (javascript:alert(1))"));
    }

    @Test
    void hiddenCharactersAreMadeVisible() {
        assertThat(NoteText.blocks("[paypal.com](https://evil\u202Eexample)").getFirst().text())
                .isEqualTo("paypal.com (https://evil[U+202E]example)");
    }
}
