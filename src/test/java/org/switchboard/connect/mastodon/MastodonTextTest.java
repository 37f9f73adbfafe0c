package org.switchboard.connect.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MastodonTextTest {

    @Test
    void paragraphsAreSeparatedByOneEmptyLineAndBreaksStayLineBreaks() {
        assertThat(MastodonText.htmlToText("<p>Eins</p><p>Zwei<br />Drei<br>Vier</p>\n<p>  Fünf   und\n sechs </p>"))
                .isEqualTo("Eins\n\nZwei\nDrei\nVier\n\nFünf und sechs");
    }

    @Test
    void entitiesAreDecodedOnceAndMarkupInTextStaysText() {
        assertThat(MastodonText.htmlToText("<p>Stadt &amp; Bahn &lt;Ironie&gt; &quot;top&quot; &#128548; &amp;lt;</p>"))
                .isEqualTo("Stadt & Bahn <Ironie> \"top\" 😤 &lt;");
    }

    @Test
    void mentionsAndHashtagsKeepTheirVisibleText() {
        String html = "<p><span class=\"h-card\" translate=\"no\"><a href=\"https://social.beispielstadt.example/@stadt\" "
                + "class=\"u-url mention\">@<span>stadt</span></a></span> und "
                + "<a href=\"https://social.beispielstadt.example/tags/Pendeln\" class=\"mention hashtag\" rel=\"tag\">"
                + "#<span>Pendeln</span></a></p>";
        assertThat(MastodonText.htmlToText(html)).isEqualTo("@stadt und #Pendeln");
    }

    @Test
    void aShortenedLongLinkIsWrittenAsItsWholeAddress() {
        String html = "<p>Siehe <a href=\"https://www.beispielstadt.example/maengelmelder/vorgang/42\" rel=\"nofollow\">"
                + "<span class=\"invisible\">https://www.</span><span class=\"ellipsis\">beispielstadt.example/maeng</span>"
                + "<span class=\"invisible\">elmelder/vorgang/42</span></a> bitte.</p>";
        assertThat(MastodonText.htmlToText(html))
                .isEqualTo("Siehe https://www.beispielstadt.example/maengelmelder/vorgang/42 bitte.");
    }

    @Test
    void aLinkWhoseTextSaysSomethingElseShowsLabelAndAddress() {
        assertThat(MastodonText.htmlToText("<p>Beim <a href=\"https://www.beispielstadt.example/buergerbuero\">"
                + "Bürgerbüro</a> anrufen</p>"))
                .isEqualTo("Beim Bürgerbüro (https://www.beispielstadt.example/buergerbuero) anrufen");
        assertThat(MastodonText.htmlToText("<a href=\"https://evil.example/\">https://bank.example</a>"))
                .isEqualTo("https://bank.example (https://evil.example/)");
    }

    @Test
    void aLinkWithTheAddressAsTextIsWrittenOnce() {
        assertThat(MastodonText.htmlToText("<a href=\"https://example.org/a/\">example.org/a</a>"))
                .isEqualTo("https://example.org/a/");
    }

    @Test
    void aContentWarningBecomesTheFirstLine() {
        assertThat(MastodonText.toPlainText("<p>Text</p>", "ÖPNV-Frust")).isEqualTo("CW: ÖPNV-Frust\nText");
        assertThat(MastodonText.toPlainText("<p>Text</p>", "  ")).isEqualTo("Text");
        assertThat(MastodonText.toPlainText("<p>Text</p>", "zwei\nZeilen\u0007")).isEqualTo("CW: zwei Zeilen\nText");
    }

    @Test
    void hostileMarkupComesOutAsHarmlessPlainText() {
        String html = "<p>Hallo<script>alert('x')</script> <a href=\"javascript:alert(1)\">klick</a> "
                + "<img src=x onerror=\"alert(2)\"><style>p{color:red}</style><b onmouseover=\"alert(3)\">fett</b> "
                + "<iframe src=\"https://evil.example\">drin</iframe><a href=\"data:text/html,&lt;script&gt;\">daten</a></p>";
        String text = MastodonText.htmlToText(html);
        assertThat(text).isEqualTo("Hallo klick fett daten");
        assertThat(text).doesNotContain("alert", "javascript", "script", "color", "evil", "data:");
    }

    @Test
    void controlCharactersOtherThanLineBreaksAreRemovedButEmojiJoinersStay() {
        assertThat(MastodonText.htmlToText("<p>a\u0000b\u001bc\u007fd\u0085e<br>🧑\u200d💻</p>"))
                .isEqualTo("abcde\n🧑\u200d💻");
    }

    @Test
    void listsAndPreformattedTextKeepTheirShape() {
        assertThat(MastodonText.htmlToText("<p>Punkte:</p><ul><li>eins</li><li>zwei</li></ul><ol><li>a</li><li>b</li></ol>"
                + "<pre>x  = 1\n  y</pre>"))
                .isEqualTo("Punkte:\n\n- eins\n- zwei\n\n1. a\n2. b\n\nx  = 1\n  y");
    }

    @Test
    void emptyAndMissingContentIsEmptyText() {
        assertThat(MastodonText.toPlainText(null, null)).isEmpty();
        assertThat(MastodonText.toPlainText("<p></p><br>", "")).isEmpty();
    }

    @Test
    @Timeout(30) // a guard against a runaway, not a benchmark
    void aMegabyteOfContentIsConvertedInOnePass() {
        StringBuilder html = new StringBuilder();
        String paragraph = "<p>Die Ampel an der Kreuzung &amp; der Übergang <a href=\"https://example.org/x\">hier</a>"
                + "<br>sind kaputt. <span class=\"invisible\">weg</span>&lt;&lt;</p>";
        while (html.length() < 1_048_576) {
            html.append(paragraph);
        }
        html.append("<b>".repeat(5_000)).append("tief").append("</b>".repeat(5_000));
        String text = MastodonText.htmlToText(html.toString());
        assertThat(text).startsWith("Die Ampel an der Kreuzung & der Übergang hier (https://example.org/x)\nsind kaputt. <<\n\n")
                .endsWith("tief")
                .doesNotContain("weg", "<br>", "&amp;");
    }
}
