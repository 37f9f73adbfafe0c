package org.switchboard.connect.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.connect.bluesky.FeedJson.Facet;
import org.switchboard.connect.bluesky.FeedJson.Index;
import org.switchboard.connect.bluesky.FeedJson.Link;
import org.switchboard.connect.bluesky.FeedJson.Mention;

class RichTextTest {

    @Test
    void aLinkFacetAfterMultiByteCharactersIsFoundByItsBytes() {
        String text = "🧑‍💻 Łódź: mehr unter stadt.example/info bitte";
        Facet link = facet(text, "stadt.example/info", new Link("https://www.stadt.example/info?x=1"));

        assertThat(RichText.plainText(text, List.of(link)))
                .isEqualTo("🧑‍💻 Łódź: mehr unter stadt.example/info (https://www.stadt.example/info?x=1) bitte");
    }

    @Test
    void aLinkShownAsItsTargetIsWrittenOnceAndMentionsStayAsWritten() {
        String text = "@amt.example siehe https://amt.example/a und amt.example/b";
        List<Facet> facets = List.of(facet(text, "@amt.example", new Mention("did:plc:amt")),
                facet(text, "https://amt.example/a", new Link("https://amt.example/a")),
                facet(text, "amt.example/b", new Link("https://amt.example/b")));

        assertThat(RichText.plainText(text, facets))
                .isEqualTo("@amt.example siehe https://amt.example/a und https://amt.example/b");
    }

    @Test
    void facetsOutOfRangeOverlappingOrSplittingACharacterAreIgnored() {
        String text = "Grüße";
        int len = text.getBytes(StandardCharsets.UTF_8).length;
        List<Facet> facets = List.of(
                new Facet(new Index(3L, 5L), List.of(new Link("https://split.example"))), // inside "ü"
                new Facet(new Index(0L, (long) len + 10), List.of(new Link("https://long.example"))),
                new Facet(new Index(-1L, 2L), List.of(new Link("https://negative.example"))),
                new Facet(new Index(4L, 2L), List.of(new Link("https://backwards.example"))),
                new Facet(null, null));

        assertThat(RichText.plainText(text, facets)).isEqualTo("Grüße");
    }

    @Test
    void graphemesCountWhatPeopleSeeAsOneCharacter() {
        assertThat(RichText.graphemes("🧑‍💻")).isEqualTo(1);
        assertThat(RichText.graphemes("😤👍🏽🇩🇪")).isEqualTo(3);
        assertThat(RichText.graphemes("Łódź")).isEqualTo(4);
        assertThat(RichText.utf8Length("🧑‍💻")).isEqualTo(11);
    }

    @Test
    void ourOwnLinksGetFacetsWithoutTheirClosingPunctuation() {
        var facets = RichText.linkFacets("Siehe (https://a.example/x). Und https://b.example/ü!");

        assertThat(facets).hasSize(2);
        assertThat(facets.get(0).get("index")).isEqualTo(java.util.Map.of("byteStart", 7, "byteEnd", 26));
        assertThat(facets.get(1).get("index")).isEqualTo(java.util.Map.of("byteStart", 33, "byteEnd", 53));
    }

    private static Facet facet(String text, String part, FeedJson.Feature feature) {
        int charStart = text.indexOf(part);
        long start = text.substring(0, charStart).getBytes(StandardCharsets.UTF_8).length;
        long end = start + part.getBytes(StandardCharsets.UTF_8).length;
        return new Facet(new Index(start, end), List.of(feature));
    }
}
