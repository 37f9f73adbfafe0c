package org.switchboard.connect.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.switchboard.connect.mastodon.MastodonTestBed.STATUSES;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;
import org.switchboard.domain.sync.PostedReply;
import org.switchboard.domain.sync.ReplyRequest;

/** Replies go out once, to the person answered, never to more people than the original reached. */
class MastodonConnectorReplyTest {
    private static final String BENCH = "114612638318651691";
    private static final String TEXT = "Danke für Ihre Meldung! Wir haben den Schaden an der Parkbank an den "
            + "Baubetriebshof weitergegeben (Vorgang BS-2025-0142). Viele Grüße, Ihr Social-Media-Team";

    private final MastodonTestBed bed = new MastodonTestBed();

    @AfterEach
    void stopServer() {
        bed.close();
    }

    private static ReplyRequest reply(String text, ReplyChannel channel, String visibility, String acct) {
        return new ReplyRequest(text, channel, BENCH, Map.of("visibility", visibility, "acct", acct, "statusId", BENCH),
                acct, "outbox-42-7f3c");
    }

    private Map<String, String> postedForm() {
        RecordedRequest post = bed.routes.requests(STATUSES).getLast();
        Map<String, String> form = new HashMap<>();
        for (String pair : post.getBody().utf8().split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return form;
    }

    @Test
    void aReplyIsPostedOnceAsAnswerWithMentionVisibilityAndIdempotencyKey() {
        bed.routes.enqueue(STATUSES, Fixtures.response("reply_created"));

        PostedReply posted = bed.connector().reply(reply(TEXT, ReplyChannel.PUBLIC, "public", "juergen_m"));

        assertThat(posted).isEqualTo(new PostedReply("114612725809173448",
                "https://social.beispielstadt.example/@stadt/114612725809173448",
                Instant.parse("2025-06-02T08:03:27.640Z")));
        assertThat(bed.routes.requests(STATUSES)).singleElement().satisfies(post -> {
            assertThat(post.getMethod()).isEqualTo("POST");
            assertThat(post.getHeaders().get("Idempotency-Key")).isEqualTo("outbox-42-7f3c");
            assertThat(post.getHeaders().get("Authorization")).isEqualTo("Bearer " + MastodonTestBed.TOKEN);
        });
        assertThat(postedForm()).containsEntry("status", "@juergen_m " + TEXT)
                .containsEntry("in_reply_to_id", BENCH)
                .containsEntry("visibility", "public");
    }

    @Test
    void aDirectMessageIsAnsweredDirectlyEvenOnThePublicChannel() {
        bed.routes.enqueue(STATUSES, Fixtures.response("reply_created"));

        bed.connector().reply(reply("Das Fundbüro ist im Rathaus, Zimmer 12.", ReplyChannel.PUBLIC, "direct", "bjoern_w"));

        assertThat(postedForm()).containsEntry("visibility", "direct")
                .containsEntry("status", "@bjoern_w Das Fundbüro ist im Rathaus, Zimmer 12.");
    }

    @Test
    void aPublicMentionCanBeAnsweredDirectlyButAFollowersOnlyOneNeverPublicly() {
        assertThat(ReplyComposer.visibility("public", ReplyChannel.DIRECT)).isEqualTo("direct");
        assertThat(ReplyComposer.visibility("private", ReplyChannel.PUBLIC)).isEqualTo("private");
        assertThat(ReplyComposer.visibility("unlisted", ReplyChannel.PUBLIC)).isEqualTo("unlisted");
        assertThat(ReplyComposer.visibility(null, ReplyChannel.PUBLIC)).isEqualTo("direct");
        assertThat(ReplyComposer.visibility("limited", ReplyChannel.PUBLIC)).isEqualTo("direct");
    }

    @Test
    void aTextThatAlreadyMentionsThePersonIsNotPrefixedTwice() {
        bed.routes.enqueue(STATUSES, Fixtures.response("reply_created"), Fixtures.response("reply_created"));

        bed.connector().reply(reply("@anna@norden.social.example Die Pfütze wird morgen beseitigt.",
                ReplyChannel.PUBLIC, "public", "anna@norden.social.example"));
        assertThat(postedForm()).containsEntry("status", "@anna@norden.social.example Die Pfütze wird morgen beseitigt.");

        bed.connector().reply(reply("@annabel hallo", ReplyChannel.PUBLIC, "public", "anna@norden.social.example"));
        assertThat(postedForm()).containsEntry("status", "@anna@norden.social.example @annabel hallo");
    }

    @Test
    void aFailedPostIsNotRepeatedSilently() {
        bed.routes.always(STATUSES, Fixtures.json(500, "{\"error\":\"We're sorry, but something went wrong\"}"));

        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> bed.connector().reply(reply(TEXT, ReplyChannel.PUBLIC, "public", "juergen_m")));

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(bed.routes.requests(STATUSES)).hasSize(1);
        assertThat(bed.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRefusedPostNamesMastodonsReason() {
        bed.routes.enqueue(STATUSES, Fixtures.json(422, "{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}"));

        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> bed.connector().reply(reply(TEXT, ReplyChannel.PUBLIC, "public", "juergen_m")));

        assertThat(e.kind()).isEqualTo(Kind.CLIENT_ERROR);
        assertThat(e.getMessage()).contains("character limit");
    }

    @Test
    void mastodonCannotSendEmail() {
        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> bed.connector().reply(reply(TEXT, ReplyChannel.EMAIL, "public", "juergen_m")));

        assertThat(e.kind()).isEqualTo(Kind.CLIENT_ERROR);
        assertThat(bed.server.getRequestCount()).isZero();
    }

    @Test
    void verifyingTheAccountNamesItsHandle() {
        assertThat(bed.connector().verify()).isEqualTo("stadt");
        assertThat(bed.routes.requests(MastodonTestBed.VERIFY)).singleElement()
                .satisfies(r -> assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + MastodonTestBed.TOKEN));
    }
}
