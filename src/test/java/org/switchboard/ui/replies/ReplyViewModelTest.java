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
import org.switchboard.domain.OutboxEntry;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.ReplyChannel;
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
import org.switchboard.ui.common.Notice;
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
    private final List<Forward> forwards = new java.util.ArrayList<>();

    /** What "Forward internally instead" asked the forward dialog for. */
    record Forward(long caseId, String unit, String note) {}

    @BeforeEach
    void openWorkspace() {
        ws = FakeWorkspace.open(dir, MemorySecretStore.open(), platform);
        ws.demo().load(); // the directory (for the deflection check) and the starter templates
        kase = new CaseViewModel(ws.cases(), new DirectRunner(), status);
        reply = new ReplyViewModel(new ReplyViewModel.Services(ws.drafts(), ws.outbox(), ws.accounts(), ws.templates(),
                ws.deflection()), new DirectRunner(), status, UiTestWorkspace.CLOCK,
                (id, unit, note) -> forwards.add(new Forward(id, unit, note)));
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
        // Mastodon needs the mention of the person answered; it is added, and counted as its local part "@anna "
        assertThat(words.counter(reply.count().get())).isEqualTo("6 / 500");
        assertThat(words.mention(reply.target().get(), reply.text().get()))
                .isEqualTo("@anna@norden.social.example is put in front (counted)");
        assertThat(words.visibility(reply.target().get())).isEqualTo("Public \u2014 everyone can see it");
        assertThat(reply.canSend().get()).as("nothing typed yet").isFalse();

        reply.text().set("Danke, Anna! Das Grünflächenamt ist informiert und schaut sich den Spielplatz an. 🌳");
        assertThat(reply.canSend().get()).isTrue();
        reply.send();

        assertThat(platform.sent).hasSize(1);
        assertThat(platform.sent.getFirst().text()).startsWith("Danke, Anna!");
        assertThat(reply.text().get()).isEmpty();
        assertThat(reply.entry().get().state()).as("sent through the outbox")
                .isEqualTo(org.switchboard.domain.OutboxEntry.State.SENT);
        assertThat(ws.outbox().list()).singleElement().satisfies(e -> assertThat(e.attempts()).isEqualTo(1));
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
        assertThat(reply.notice().get().key()).isEqualTo("reply.error.refused");
        assertThat(reply.notice().get().detail()).contains("longer than 500 characters");
        Texts de = Texts.forLanguage("de");
        assertThat(OutboxTexts.state(de, new TimeFormat(de, UiTestWorkspace.CLOCK), reply.entry().get()))
                .as("the state line under it says why, in the window's language").contains("Nicht gesendet: Mastodon hat die Antwort abgelehnt");
        assertThat(ws.drafts().current(c.id(), org.switchboard.domain.ReplyChannel.PUBLIC)).as("editable again")
                .hasValueSatisfying(d -> assertThat(d.text()).isEqualTo("Sehr lange Antwort …"));
        assertThat(ws.cases().open(c.id()).messages()).noneMatch(m -> m.direction() == Direction.OUT);
        assertThat(reply.canSend().get()).as("free to try again").isTrue();
    }

    @Test
    void aRefusalOfSwitchboardsOwnIsNotRepeatedInEnglishAboveItsGermanStateLine() {
        OutboxEntry demo = new OutboxEntry(1, 1, 1, 1L, "Demo", Platform.MASTODON, null, ReplyChannel.PUBLIC,
                OutboxEntry.State.FAILED, 1, false, "Replies from the demo workspace are never sent.", "DEMO_ACCOUNT",
                null, null, "k", "Hallo", NOW, NOW, NOW, null, null, 1);
        assertThat(ReplyViewModel.refused(demo)).isEqualTo(Notice.problem("reply.error.refused-here", ""));
        OutboxEntry tooLong = new OutboxEntry(2, 2, 1, 1L, "Stadt", Platform.MASTODON, null, ReplyChannel.PUBLIC,
                OutboxEntry.State.FAILED, 1, false, "Mastodon refused the reply: the text is longer than 500 characters.",
                "CLIENT_ERROR", null, null, "k2", "Hallo", NOW, NOW, NOW, null, null, 1);
        assertThat(ReplyViewModel.refused(tooLong).key()).isEqualTo("reply.error.refused");
        assertThat(ReplyViewModel.refused(tooLong).detail()).contains("longer than 500 characters");
        Texts de = Texts.forLanguage("de");
        assertThat(de.get(ReplyViewModel.refused(demo).key())).isEqualTo("Der Text ist wieder im Antwortfeld.");
    }

    @Test
    void aDemoAccountNeverSendsAndSaysSo() {
        Account demo = ws.accounts().add(Platform.MASTODON, "Another demo · Mastodon", "stadt", true,
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
        assertThat(words.counter(reply.count().get())).as("Messenger's 2000").isEqualTo("15 / 2000");
        assertThat(words.visibility(reply.target().get())).isEqualTo("Direct \u2014 only the customer sees it");
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

    @Test
    void aReplyTooLongForThePlatformCannotBeSentAndSaysWhy() {
        Case c = mastodonCase(connected("City"));
        kase.open(c.id());
        reply.text().set("Ä".repeat(494));
        assertThat(reply.canSend().get()).as("494 + \"@anna \" = 500").isTrue();

        reply.text().set("Ä".repeat(495));

        assertThat(reply.overLimit().get()).isTrue();
        assertThat(reply.canSend().get()).isFalse();
        assertThat(words.counter(reply.count().get())).isEqualTo("501 / 500");
        assertThat(words.counterInWords(reply.count().get(), Platform.MASTODON))
                .isEqualTo("1 character too many: Mastodon allows 500");
        assertThat(words.problem(reply.problems().get().getFirst(), reply.target().get()))
                .isEqualTo("Too long for Mastodon: shorten the reply to send it.");
        reply.send();
        assertThat(platform.sent).isEmpty();
    }

    @Test
    void aFlaggedReplyOffersTheForwardAndSendingItAnywayIsRecorded() {
        Case c = mastodonCase(connected("City"));
        kase.open(c.id());
        String deflecting = "Bitte wenden Sie sich direkt an das Umweltamt unter umweltamt@beispielstadt.example, "
                + "dort hilft man Ihnen gerne weiter.";
        reply.text().set(deflecting);
        reply.checkDeflection();

        assertThat(reply.deflecting().get()).isTrue();
        assertThat(reply.verdict().get().reasons()).isNotEmpty();
        assertThat(reply.forwardUnit()).isEqualTo("environment");
        reply.forwardInstead();
        assertThat(forwards).containsExactly(new Forward(c.id(), "environment", deflecting));

        reply.text().set(deflecting + " ");
        assertThat(reply.deflecting().get()).as("a trailing space changes nothing").isTrue();
        reply.text().set("Danke, wir kümmern uns.");
        assertThat(reply.deflecting().get()).as("the verdict was for another text").isFalse();
        reply.text().set(deflecting);
        reply.checkDeflection();
        reply.send();

        assertThat(platform.sent).hasSize(1);
        assertThat(ws.cases().open(c.id()).history()).as("one record per override")
                .filteredOn(e -> e.action().equals("reply.deflection-override")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("Umweltamt"));
    }

    @Test
    void aTemplateIsInsertedFilledInAndAMissingValueBlocksTheSend() {
        Case c = mastodonCase(connected("City"));
        kase.open(c.id());
        reply.templates().load("de");
        reply.templates().filter().set("/weiter");
        assertThat(reply.templates().shown()).singleElement()
                .satisfies(t -> assertThat(t.name()).isEqualTo("Weitergeleitet mit Zeichen"));
        reply.text().set("PS");

        reply.templates().insert(reply.templates().shown().getFirst(), 0, 0);

        assertThat(reply.text().get()).startsWith("Hallo Anna Schmidt, danke für Ihre Meldung!").endsWith("PS")
                .contains("\u27E6errand.ref fehlt\u27E7");
        assertThat(reply.notice().get().key()).isEqualTo("reply.template.missing");
        assertThat(reply.notice().get().detail()).isEqualTo("errand.unit, errand.ref, errand.due");
        assertThat(reply.canSend().get()).isFalse();
        assertThat(words.problem(reply.problems().get().getFirst(), reply.target().get()))
                .startsWith("A template value is missing");
    }

    @Test
    void eachChannelKeepsItsDraftAndAReopenedCaseShowsItFromTheDatabase() {
        Account city = connected("City");
        Case c = mastodonCase(city);
        ws.conversations().addMessage(c.id(), null, new NewMessage(city.id(), Platform.MASTODON, "109900",
                Direction.IN, MessageKind.DIRECT, "Anna Schmidt", "@stadt Und privat: meine Adresse ist …", null,
                NOW.minus(Duration.ofHours(1)), null, List.of(), null, null, List.of(), "109900",
                Map.of("visibility", "direct", "acct", "anna@norden.social.example", "statusId", "109900")));
        kase.open(c.id());
        assertThat(reply.channels()).containsExactly(ReplyChannel.PUBLIC, ReplyChannel.DIRECT);
        assertThat(reply.channel().get()).as("the latest message was direct").isEqualTo(ReplyChannel.DIRECT);

        reply.text().set("Danke, wir melden uns per Direktnachricht.");
        reply.saveDraft();
        assertThat(reply.savedAt().get()).isNotNull();
        reply.choose(ReplyChannel.PUBLIC);
        assertThat(reply.text().get()).isEmpty();
        assertThat(reply.target().get().kind()).isEqualTo(ReplyTarget.Kind.PUBLIC);
        reply.text().set("Der Spielplatz wird nächste Woche geprüft.");
        reply.choose(ReplyChannel.DIRECT);
        assertThat(reply.text().get()).isEqualTo("Danke, wir melden uns per Direktnachricht.");
        kase.open(UiTestWorkspace.newCase(ws, "Jonas Weber", "Wann wird die Laterne repariert?").id()); // leaves: saves

        assertThat(ws.drafts().current(c.id(), ReplyChannel.DIRECT)).hasValueSatisfying(d ->
                assertThat(d.text()).isEqualTo("Danke, wir melden uns per Direktnachricht."));
        assertThat(ws.drafts().current(c.id(), ReplyChannel.PUBLIC)).hasValueSatisfying(d ->
                assertThat(d.text()).isEqualTo("Der Spielplatz wird nächste Woche geprüft."));
        // a new window (after a restart) reads the drafts back
        ReplyViewModel again = new ReplyViewModel(new ReplyViewModel.Services(ws.drafts(), ws.outbox(),
                ws.accounts(), ws.templates(), ws.deflection()), new DirectRunner(), status, UiTestWorkspace.CLOCK,
                (id, unit, note) -> { });
        again.show(ws.cases().open(c.id()));
        assertThat(again.text().get()).isEqualTo("Danke, wir melden uns per Direktnachricht.");
        again.choose(ReplyChannel.PUBLIC);
        assertThat(again.text().get()).isEqualTo("Der Spielplatz wird nächste Woche geprüft.");
        assertThat(again.savedAt().get()).isNotNull();
    }

    @Test
    void aMessageThatArrivedSinceTheDraftBeganIsShownAndSendAnywaySendsOnce() {
        Account city = connected("City");
        Case c = mastodonCase(city);
        kase.open(c.id());
        reply.text().set("Danke, Anna! Wir schauen uns den Spielplatz an.");
        reply.saveDraft();
        ws.conversations().addMessage(c.id(), null, new NewMessage(city.id(), Platform.MASTODON, "109901",
                Direction.IN, MessageKind.MENTION, "Anna Schmidt", "@stadt Hat sich erledigt, ist wieder offen!", null,
                NOW.minus(Duration.ofMinutes(5)), null, List.of(), null, null, List.of(), "109901",
                Map.of("visibility", "public", "acct", "anna@norden.social.example", "statusId", "109901")));

        reply.send();
        assertThat(reply.conflicts().get()).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("wieder offen"));
        assertThat(platform.sent).isEmpty();
        assertThat(reply.text().get()).as("the draft stays").startsWith("Danke, Anna!");
        reply.review();
        assertThat(reply.conflicts().get()).isNull();
        reply.send();
        assertThat(reply.conflicts().get()).as("still unseen").hasSize(1);

        reply.sendAnyway();
        assertThat(platform.sent).hasSize(1);
        assertThat(reply.conflicts().get()).isNull();
        assertThat(reply.entry().get().state()).isEqualTo(org.switchboard.domain.OutboxEntry.State.SENT);
        assertThat(reply.text().get()).isEmpty();
        assertThat(ws.cases().open(c.id()).history()).anyMatch(e -> e.action().equals("reply.conflicts-acknowledged"));
    }

    @Test
    void anEmailCaseIsAnsweredByEmailThroughTheOutboxAndAMissingMailboxIsNamed() {
        Case c = ws.intake().log(new org.switchboard.service.cases.ManualIntake.Concern(Platform.EMAIL, "Frau Weber",
                null, "weber@example.org", null, "Wann öffnet das Bürgerbüro?"));
        kase.open(c.id());
        assertThat(reply.channels()).containsExactly(ReplyChannel.EMAIL);
        assertThat(reply.target().get().kind()).isEqualTo(ReplyTarget.Kind.EMAIL);
        assertThat(words.channel(reply.target().get(), reply.now().get())).isEqualTo("E-mail to weber@example.org");
        reply.text().set("Montag bis Freitag ab 8 Uhr.");
        assertThat(reply.canSend().get()).isTrue();

        reply.send();

        assertThat(reply.notice().get().key()).isEqualTo("reply.error.send");
        assertThat(reply.notice().get().detail()).contains("errands mailbox").contains("mail set");
        assertThat(reply.text().get()).isEqualTo("Montag bis Freitag ab 8 Uhr.");
        assertThat(ws.drafts().current(c.id(), ReplyChannel.EMAIL)).isPresent();
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
