package org.switchboard.ui.replies;

import org.switchboard.testing.MemorySecretStore;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.switchboard.domain.Message;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.ContactRef;
import org.switchboard.service.cases.NewMessage;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.FakeWorkspace;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.ui.accounts.FakePlatform;
import org.switchboard.ui.caseview.CaseViewModel;
import org.switchboard.ui.common.DirectRunner;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.EventBridge;
import org.switchboard.ui.common.StatusModel;
import org.switchboard.ui.common.TimeFormat;

/** The reply box against a real workspace with a fake platform, without a JavaFX toolkit. */
class ReplyViewModelTest {
    private static final Texts EN = Texts.forLanguage("en");
    private static final Instant NOW = UiTestWorkspace.CLOCK.instant();

    @TempDir
    Path dir;

    private final FakePlatform platform = new FakePlatform();
    private final ReplyTexts words = new ReplyTexts(new DomainTexts(EN), new TimeFormat(EN, UiTestWorkspace.CLOCK));
    private final StatusModel status = new StatusModel();
    private Workspace ws;
    private CaseViewModel kase;
    private ReplyViewModel reply;
    private EventBridge bridge;

    @BeforeEach
    void openWorkspace() {
        ws = FakeWorkspace.open(dir, MemorySecretStore.open(), platform);
        kase = new CaseViewModel(ws.cases(), new DirectRunner(), status);
        reply = new ReplyViewModel(ws.replies(), ws.accounts(), new DirectRunner(), status, UiTestWorkspace.CLOCK);
        bridge = new EventBridge(ws.events(), Runnable::run);
        bridge.listen(kase::onEvent);
        kase.detail().addListener((o, a, d) -> reply.show(d));
    }

    @AfterEach
    void closeWorkspace() {
        bridge.close();
        ws.close();
    }

    @Test
    void aSentReplyIsRecordedOnTheCaseAndTheBoxIsCleared() {
        Case c = mastodonCase(connected("City"));
        kase.open(c.id());
        assertThat(words.channel(reply.target().get(), reply.now().get()))
                .isEqualTo("Public reply on Mastodon to @anna@norden.social.example");
        assertThat(words.counter(reply.length().get(), reply.target().get())).isEqualTo("0 / 500");
        assertThat(reply.canSend().get()).as("nothing typed yet").isFalse();

        reply.text().set("Danke, Anna! Das Grünflächenamt ist informiert und schaut sich den Spielplatz an. 🌳");
        assertThat(reply.canSend().get()).isTrue();
        reply.send();

        assertThat(platform.sent).hasSize(1);
        assertThat(platform.sent.getFirst().text()).startsWith("Danke, Anna!");
        assertThat(reply.text().get()).isEmpty();
        assertThat(reply.notice().get().key()).isEqualTo("reply.sent");
        List<Message> shown = kase.detail().get().messages();
        assertThat(shown).as("the case view re-read the case on its change event")
                .anyMatch(m -> m.direction() == Direction.OUT && m.text().startsWith("Danke, Anna!"));
        assertThat(reply.sending().get()).isFalse();
        assertThat(status.busy().get()).isFalse();
    }

    @Test
    void aRefusedReplyKeepsTheTextAndShowsThePlatformsReason() {
        Case c = mastodonCase(connected("City"));
        kase.open(c.id());
        platform.replyFailure = new ConnectorException(Kind.CLIENT_ERROR,
                "Mastodon refused the reply: the text is longer than 500 characters.");
        reply.text().set("Sehr lange Antwort …");

        reply.send();

        assertThat(reply.text().get()).isEqualTo("Sehr lange Antwort …");
        assertThat(reply.notice().get().problem()).isTrue();
        assertThat(reply.notice().get().key()).isEqualTo("reply.error.send");
        assertThat(reply.notice().get().detail()).isEqualTo(
                "Mastodon refused the reply: the text is longer than 500 characters.");
        assertThat(ws.cases().open(c.id()).messages()).noneMatch(m -> m.direction() == Direction.OUT);
        assertThat(reply.canSend().get()).as("free to try again").isTrue();
    }

    @Test
    void aDemoAccountNeverSendsAndSaysSo() {
        Account demo = ws.accounts().add(Platform.MASTODON, "Stadt Beispielstadt · Mastodon", "stadt", true,
                Map.of("demo", "true"));
        Case c = mastodonCase(demo);
        kase.open(c.id());
        reply.text().set("Danke für den Hinweis!");

        assertThat(reply.target().get().kind()).isEqualTo(ReplyTarget.Kind.DEMO);
        assertThat(reply.canSend().get()).isFalse();
        assertThat(words.channel(reply.target().get(), reply.now().get()))
                .isEqualTo("Demo workspace — replies are not sent");
        reply.send();
        assertThat(platform.sent).isEmpty();
    }

    @Test
    void aClosedMessengerWindowBlocksSendingAndSaysWhy() {
        Case c = messengerCase(connectedPage(), NOW.minus(Duration.ofHours(30)));
        kase.open(c.id());
        reply.text().set("Entschuldigung für die späte Antwort!");

        assertThat(reply.target().get().kind()).isEqualTo(ReplyTarget.Kind.MESSENGER);
        assertThat(reply.open().get()).isFalse();
        assertThat(reply.canSend().get()).isFalse();
        assertThat(words.channel(reply.target().get(), reply.now().get())).startsWith("Window closed at ")
                .endsWith(" — Messenger allows replies only within 24 hours of the customer's last message");
    }

    @Test
    void anOpenMessengerWindowCountsDown() {
        Case c = messengerCase(connectedPage(), NOW.minus(Duration.ofHours(18).plusMinutes(48)));
        kase.open(c.id());
        reply.text().set("Gern geschehen!");

        assertThat(reply.canSend().get()).isTrue();
        assertThat(words.channel(reply.target().get(), reply.now().get()))
                .isEqualTo("Messenger to Jana Berg · 24-hour window: 5 h 12 min left");
        assertThat(words.counter(reply.length().get(), reply.target().get())).as("no limit we know").isEqualTo("15");
    }

    @Test
    void unsentTextWaitsWithItsCaseWhileAnotherIsOpen() {
        Account city = connected("City");
        Case first = mastodonCase(city);
        Case second = UiTestWorkspace.newCase(ws, "Jonas Weber", "Wann wird die Laterne repariert?");
        kase.open(first.id());
        reply.text().set("Halbfertige Antwort");

        kase.open(second.id());
        assertThat(reply.text().get()).isEmpty();
        kase.open(first.id());
        assertThat(reply.text().get()).isEqualTo("Halbfertige Antwort");
    }

    private Account connected(String name) {
        return ws.accounts().connect(Platform.MASTODON, name, Map.of("instance", "https://social.example"), "t")
                .account();
    }

    private Account connectedPage() {
        return ws.accounts().connect(Platform.FACEBOOK, "Stadt FB", Map.of("pageId", "104123456789012",
                "graphUrl", "https://graph.facebook.com"), "page-token").account();
    }

    private Case mastodonCase(Account account) {
        Contact anna = ws.conversations().findOrCreateContact(new ContactRef("Anna Schmidt", null, null,
                List.of(new ContactRef.Handle(Platform.MASTODON, "@anna@norden.social.example", null))));
        return ws.conversations().openCase(anna, new NewMessage(account.id(), Platform.MASTODON, "109876", Direction.IN,
                MessageKind.MENTION, "Anna Schmidt", "@stadt Der Spielplatz am Weiher ist seit Wochen gesperrt.", null,
                NOW.minus(Duration.ofHours(2)), null, List.of(), null, null, List.of(), "109876",
                Map.of("visibility", "public", "acct", "anna@norden.social.example", "statusId", "109876")),
                Priority.NORMAL);
    }

    private Case messengerCase(Account page, Instant lastCustomerMessage) {
        Contact jana = ws.conversations().findOrCreateContact(new ContactRef("Jana Berg", null, null,
                List.of(new ContactRef.Handle(Platform.FACEBOOK, "7391028475610293", null))));
        return ws.conversations().openCase(jana, new NewMessage(page.id(), Platform.FACEBOOK, "m_abc123", Direction.IN,
                MessageKind.DIRECT, "Jana Berg", "Hallo, wann ist das Bürgerbüro samstags offen?", null,
                lastCustomerMessage, null, List.of(), null, null, List.of(), "t_10223",
                Map.of("conversationId", "t_10223", "psid", "7391028475610293",
                        "lastCustomerMessageAt", lastCustomerMessage.toString())), Priority.NORMAL);
    }
}
