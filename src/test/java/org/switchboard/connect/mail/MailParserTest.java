package org.switchboard.connect.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.mail.IncomingMail;

/** The shared e-mail samples as Switchboard reads them. */
class MailParserTest {
    @Test
    void anOutlookAnswerHasItsEncodedSubjectDecodedAndItsThreadingHeaders() throws Exception {
        IncomingMail m = parse("colleague_reply.eml");
        assertThat(m.subject()).isEqualTo("AW: [BS-2025-0142] Parkbank Rosengarten kaputt (Mastodon, Jürgen Müller)");
        assertThat(m.fromName()).isEqualTo("Björn Krämer");
        assertThat(m.fromAddress()).isEqualTo("bjoern.kraemer@beispielstadt.example");
        assertThat(m.messageId()).isEqualTo("<AM9PR07MB1234ABCD5678EF90@AM9PR07MB1234.eurprd07.prod.outlook.com>");
        assertThat(m.inReplyTo()).isEqualTo("<case.BS-2025-0142.1748851407.5d2f@desk.beispielstadt.example>");
        assertThat(m.references()).containsExactly("<case.BS-2025-0142.1748851407.5d2f@desk.beispielstadt.example>");
        assertThat(m.text()).startsWith("Hallo zusammen,").contains("Latten werden morgen (03.06.) getauscht.");
    }

    @Test
    void aCitizensMailKeepsItsPhotoAndItsQuotedPrintableEmoji() throws Exception {
        IncomingMail m = parse("inbound_citizen.eml");
        assertThat(m.subject()).isEqualTo("Pfütze auf dem Gehweg vor Bahnhofstraße 12 – immer noch da");
        assertThat(m.text()).contains("Fahrbahn ausweichen 😕");
        assertThat(m.attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("pfuetze.png");
            assertThat(a.contentType()).isEqualTo("image/png");
            assertThat(a.size()).isEqualTo(69);
        });
    }

    @Test
    void encodedWordsWithoutSpacesAndHtmlOnlyBodiesAreReadToo() throws Exception {
        MimeMessage raw = new MimeMessage(Session.getInstance(new Properties()), new java.io.ByteArrayInputStream((
                "Message-ID: <h@x>\r\nSubject: =?UTF-8?Q?AW:_[SB-2026-000001]_ERLEDIGT?=\r\nMIME-Version: 1.0\r\n"
                        + "Content-Type: text/html; charset=UTF-8\r\n\r\n<p>Erledigt &amp; gepr&uuml;ft</p>"
                        + "<script>x()</script>\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        IncomingMail m = MailParser.parse(3, raw);
        assertThat(m.subject()).isEqualTo("AW: [SB-2026-000001] ERLEDIGT");
        assertThat(m.text()).isEqualTo("Erledigt & geprüft");
        assertThat(MailParser.ids(" <a@x>\r\n\t<b@y> junk")).containsExactly("<a@x>", "<b@y>");
    }

    private static IncomingMail parse(String name) throws Exception {
        try (InputStream in = MailParserTest.class.getResourceAsStream("/fixtures/email/" + name)) {
            return MailParser.parse(1, new MimeMessage(Session.getInstance(new Properties()), in));
        }
    }
}
