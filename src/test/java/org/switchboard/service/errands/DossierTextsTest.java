package org.switchboard.service.errands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Message;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;

/** The words that leave the workstation: complete in both languages, escaped in HTML, right language for customers. */
class DossierTextsTest {
    @Test
    void everyTextExistsInEnglishAndGermanAndIsAValidMessageFormat() throws Exception {
        Properties en = load("/org/switchboard/i18n/errands.properties");
        Properties de = load("/org/switchboard/i18n/errands_de.properties");
        assertThat(de.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (Properties p : List.of(en, de)) {
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(key).isNotBlank();
                assertThat(new MessageFormat(p.getProperty(key)).format(new Object[] {"a", "b", "c", "d"})).isNotBlank();
            }
        }
        ErrandTexts t = ErrandTexts.of("de", ZoneId.of("Europe/Berlin"));
        assertThat(t.get("draft.forwarded", "Fundbüro", "SB-2026-001234", "Freitag")).contains("SB-2026-001234");
        assertThat(t.dateTime(Instant.parse("2026-12-02T14:30:00Z"))).isEqualTo("Mittwoch, 2. Dezember 2026, 15:30");
    }

    @Test
    void theHtmlEscapesEveryUntrustedTextAndLinksOnlyWebAndMailAddresses() {
        DossierBlocks b = new DossierBlocks()
                .add(new DossierBlocks.Para("Tom & Jerry <script>alert('x')</script>\n\"zweite\" Zeile"))
                .add(new DossierBlocks.Quote("<img src=x onerror=alert(1)>"))
                .add(new DossierBlocks.Line("Original: " + DossierBlocks.ADDRESS, "javascript:alert(1)"))
                .add(new DossierBlocks.Line("Foto: " + DossierBlocks.ADDRESS + " (ok)", "https://cdn.example/a.jpg?x=1&y=\"2\""))
                .add(new DossierBlocks.Links(List.<String[]>of(new String[] {"Done <b>", "mailto:e@city.example?subject=%5BX%5D"})));
        String html = b.html();
        assertThat(html).doesNotContain("<script>").doesNotContain("<img").doesNotContain("href=\"javascript")
                .contains("Tom &amp; Jerry &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;<br>")
                .contains("<a href=\"https://cdn.example/a.jpg?x=1&amp;y=&quot;2&quot;\">")
                .contains("<a href=\"mailto:e@city.example?subject=%5BX%5D\">Done &lt;b&gt;</a>");
        assertThat(b.text()).contains("Tom & Jerry <script>").contains("Foto: https://cdn.example/a.jpg?x=1&y=\"2\" (ok)");
    }

    @Test
    void theCustomersLanguageIsGuessedFromTheirOwnWords() {
        assertThat(CustomerDrafts.language(List.of(in("Hi, the big swing at the playground has a broken chain")))).isEqualTo("en");
        assertThat(CustomerDrafts.language(List.of(in("Die Schaukel am Spielplatz ist kaputt, bitte reparieren")))).isEqualTo("de");
        assertThat(CustomerDrafts.language(List.of(in("RE 7 40 min 😤")))).as("a tie goes to German").isEqualTo("de");
    }

    private static Message in(String text) {
        return new Message(1, 1, null, Platform.X, "x", Direction.IN, MessageKind.MENTION, null, "a", text, null,
                Instant.EPOCH, null, List.of(), null, null, List.of());
    }

    private static Properties load(String resource) throws Exception {
        try (InputStream in = DossierTextsTest.class.getResourceAsStream(resource)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
