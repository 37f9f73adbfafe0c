package org.switchboard.service.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Account;
import org.switchboard.domain.Case;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.ValidationException;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.ContactRef;
import org.switchboard.service.cases.NewMessage;
import org.switchboard.testing.MemorySecretStore;
import org.switchboard.ui.FakeWorkspace;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.ui.accounts.FakePlatform;

/** The reply service refuses what the platform would refuse, before calling it: not only the window does. */
class ReplyServiceRulesTest {
    private static final Instant NOW = UiTestWorkspace.CLOCK.instant();

    @TempDir
    Path dir;
    private final FakePlatform platform = new FakePlatform();
    private Workspace ws;

    @BeforeEach
    void open() {
        ws = FakeWorkspace.open(dir, MemorySecretStore.open(), platform);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aMastodonReplyOverTheInstanceLimitIsRefusedAndNothingIsPosted() {
        Case c = mastodonCase(Map.of("instance", "https://social.example"));
        assertThatThrownBy(() -> ws.replies().reply(c.id(), "ö".repeat(495), null))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The reply is too long for Mastodon: it has 501 characters, over the character limit "
                        + "of 500. Shorten it by 1.");
        assertThat(platform.sent).isEmpty();
        ws.replies().reply(c.id(), "ö".repeat(494), null);
        assertThat(platform.sent).singleElement().satisfies(r -> assertThat(r.text()).hasSize(494));
    }

    @Test
    void anInstanceWithALargerLimitAllowsMore() {
        Case c = mastodonCase(Map.of("instance", "https://social.example", ReplyRules.MASTODON_LIMIT_SETTING, "1000"));
        ws.replies().reply(c.id(), "ö".repeat(900), null);
        assertThat(platform.sent).hasSize(1);
    }

    @Test
    void theLimitTheInstanceReportsOnConnectIsKeptAndUsed() {
        platform.replySettings = Map.of(ReplyRules.MASTODON_LIMIT_SETTING, "1000");
        Case c = mastodonCase(Map.of("instance", "https://social.example"));
        Account city = ws.accounts().list().stream().filter(a -> a.name().equals("City")).findFirst().orElseThrow();
        assertThat(city.settings()).containsEntry("maxCharacters", "1000").containsEntry("instance",
                "https://social.example");
        assertThat(ReplyRules.instanceLimit(city)).isEqualTo(1000);
        ws.replies().reply(c.id(), "ö".repeat(900), null);
        assertThat(platform.sent).hasSize(1);
    }

    @Test
    void aMessengerReplyOutsideTheWindowIsRefusedWithTheReason() {
        Account page = ws.accounts().connect(Platform.FACEBOOK, "Stadt FB", Map.of("pageId", "104123456789012",
                "graphUrl", "https://graph.facebook.com"), "page-token").account();
        Instant last = NOW.minus(Duration.ofHours(25));
        Contact jana = ws.conversations().findOrCreateContact(new ContactRef("Jana Berg", null, null,
                List.of(new ContactRef.Handle(Platform.FACEBOOK, "7391028475610293", null))));
        Case c = ws.conversations().openCase(jana, new NewMessage(page.id(), Platform.FACEBOOK, "m_abc123",
                Direction.IN, MessageKind.DIRECT, "Jana Berg", "Hallo?", null, last, null, List.of(), null, null,
                List.of(), "t_10223", Map.of("conversationId", "t_10223", "psid", "7391028475610293",
                        ReplyRules.LAST_CUSTOMER_MESSAGE_AT, last.toString())), Priority.NORMAL);

        assertThatThrownBy(() -> ws.replies().reply(c.id(), "Entschuldigung!", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("within 24 hours");
        assertThat(platform.sent).isEmpty();
    }

    @Test
    void aTemplateMarkerIsNeverPosted() {
        Case c = mastodonCase(Map.of("instance", "https://social.example"));
        assertThatThrownBy(() -> ws.replies().reply(c.id(), "Zeichen \u27E6errand.ref fehlt\u27E7", null))
                .hasMessageContaining("still waits for its value");
        assertThat(platform.sent).isEmpty();
    }

    private Case mastodonCase(Map<String, String> settings) {
        Account account = ws.accounts().connect(Platform.MASTODON, "City", settings, "t").account();
        Contact anna = ws.conversations().findOrCreateContact(new ContactRef("Anna Schmidt", null, null,
                List.of(new ContactRef.Handle(Platform.MASTODON, "@anna@norden.social.example", null))));
        return ws.conversations().openCase(anna, new NewMessage(account.id(), Platform.MASTODON, "109876",
                Direction.IN, MessageKind.MENTION, "Anna Schmidt", "@stadt Spielplatz gesperrt?", null,
                NOW.minus(Duration.ofHours(2)), null, List.of(), null, null, List.of(), "109876",
                Map.of("visibility", "public", "acct", "anna@norden.social.example", "statusId", "109876")),
                Priority.NORMAL);
    }
}
