package org.switchboard.service.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.AppContext;
import org.switchboard.domain.Case;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Identity;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.ContactRef;
import org.switchboard.service.cases.ManualIntake;
import org.switchboard.service.cases.NewMessage;
import org.switchboard.service.contacts.ContactSuggestions.Reason;
import org.switchboard.service.contacts.ContactSuggestions.Suggestion;

/** Who is probably the same person, and why; a dismissal is remembered; unlinking gives everything back. */
class ContactSuggestionsTest {
    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void open() {
        ws = AppContext.openEmbedded(dir, Clock.systemUTC(), Map.of("SWITCHBOARD_SECRET_STORE", "vault"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Case post(Platform platform, String name, String handle, String text, Instant at) {
        Contact c = ws.conversations().findOrCreateContact(new ContactRef(name, null, null,
                List.of(new ContactRef.Handle(platform, handle, null))));
        return ws.conversations().openCase(c, new NewMessage(null, platform, null, Direction.IN, MessageKind.POST, name,
                text, null, at, null, null, null, null, null), Priority.NORMAL);
    }

    private long contactOf(Case c) {
        return ws.cases().open(c.id()).contact().id();
    }

    private List<Suggestion> suggestionsFor(Case c) {
        return ws.contactSuggestions().of(contactOf(c));
    }

    private long contact(String name, String email, String phone, Platform platform, String handle) {
        return ws.conversations().findOrCreateContact(new ContactRef(name, email, phone,
                List.of(new ContactRef.Handle(platform, handle, null)))).id();
    }

    @Test
    void theSameEmailPhoneOrNameIsSuggestedWithItsReason() {
        long lena = contact("Lena Köhler", "lena@example.org", "+49 30 1234", Platform.FACEBOOK, "lena.k");
        long byMail = contact("L. Köhler", "LENA@example.org", null, Platform.INSTAGRAM, "lenak");
        long byPhone = contact("Frau K.", null, "+49 30 1234", Platform.PHONE, "+49 30 1234");
        long byName = contact("LENA KÖHLER", null, null, Platform.X, "lk_berlin");
        contact("Lena Schulz", "schulz@example.org", "+49 30 9999", Platform.X, "lena_s");

        List<Suggestion> found = ws.contactSuggestions().of(lena);
        assertThat(found).extracting(s -> s.other().id(), Suggestion::reasons).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(byMail, java.util.Set.of(Reason.EMAIL)),
                org.assertj.core.groups.Tuple.tuple(byPhone, java.util.Set.of(Reason.PHONE)),
                org.assertj.core.groups.Tuple.tuple(byName, java.util.Set.of(Reason.NAME)));
    }

    @Test
    void theSameWordsOnAnotherPlatformWithinDaysSuggestTheSamePerson() {
        Instant now = Instant.now();
        String text = "Seit drei Tagen funktioniert die Ampel an der Kreuzung Goethestraße / Schillerweg nicht, "
                + "morgens ist das für die Schulkinder gefährlich.";
        Case facebook = post(Platform.FACEBOOK, "Martina Becker", "martina.becker.77", text, now.minus(Duration.ofDays(1)));
        Case mastodon = post(Platform.MASTODON, "Tina B.", "@tinab@social.example", "Die Ampel an der Kreuzung "
                + "Goethestraße / Schillerweg funktioniert seit drei Tagen nicht – gefährlich für die Schulkinder "
                + "morgens!", now);
        Case sameWordsLongAgo = post(Platform.BLUESKY, "tb", "tb.bsky.social", text, now.minus(Duration.ofDays(15)));
        Case samePlatform = post(Platform.MASTODON, "Jemand", "@jemand@social.example", text, now);

        List<Suggestion> found = suggestionsFor(mastodon);
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.other().id()).isEqualTo(contactOf(facebook));
            assertThat(s.reasons()).containsExactly(Reason.WORDING);
            assertThat(s.otherCaseId()).isEqualTo(facebook.id());
            assertThat(s.similarity()).isGreaterThanOrEqualTo(ContactSuggestions.WORDING_SIMILARITY);
            assertThat(s.sharedWords()).contains("ampel");
        });
        assertThat(found).extracting(s -> s.other().id())
                .doesNotContain(contactOf(sameWordsLongAgo), contactOf(samePlatform));
    }

    @Test
    void aDismissedSuggestionIsNotOfferedAgainAndAnAcceptedOneLinksTheContacts() {
        Case a = ws.intake().log(new ManualIntake.Concern(Platform.PHONE, "Erika Muster", null, "erika@example.org",
                null, "Ampel"));
        Case b = ws.intake().log(new ManualIntake.Concern(Platform.WALK_IN, "Erika Muster", null, null, null,
                "Ampel immer noch aus"));
        Case c = ws.intake().log(new ManualIntake.Concern(Platform.LETTER, "Erika Muster", null, null, null, "Brief"));
        ws.contactSuggestions().dismiss(contactOf(b), contactOf(a));
        assertThat(suggestionsFor(a)).extracting(s -> s.other().id()).containsExactly(contactOf(c));
        assertThat(suggestionsFor(b)).extracting(s -> s.other().id()).containsExactly(contactOf(c));
        assertThat(ws.cases().open(b.id()).history()).isNotNull();

        ws.contactSuggestions().accept(contactOf(a), contactOf(c));
        assertThat(ws.contacts().profile(contactOf(a)).cases()).extracting(Case::id).contains(a.id(), c.id());
        assertThat(suggestionsFor(a)).isEmpty();
    }

    @Test
    void unlinkingAnIdentityGivesItsCasesAndMessagesBack() {
        Instant now = Instant.now();
        Case fb = post(Platform.FACEBOOK, "Jonas Wagner", "jonas.wagner", "Bank im Park kaputt", now);
        Case mast = post(Platform.MASTODON, "Jonas", "@jonas@social.example", "Bank im Stadtpark immer noch kaputt", now);
        Case second = post(Platform.MASTODON, "Jonas", "@jonas@social.example", "Und der Mülleimer fehlt", now);
        long jonas = contactOf(fb);
        ws.contacts().link(jonas, contactOf(mast));
        assertThat(ws.contacts().profile(jonas).cases()).hasSize(3);

        Identity mastodon = ws.contacts().profile(jonas).identities().stream()
                .filter(i -> i.platform() == Platform.MASTODON).findFirst().orElseThrow();
        Contact split = ws.contacts().unlink(mastodon.id());

        assertThat(ws.contacts().profile(split.id()).cases()).extracting(Case::id)
                .containsExactlyInAnyOrder(mast.id(), second.id());
        assertThat(ws.contacts().profile(jonas).cases()).extracting(Case::id).containsExactly(fb.id());
        assertThat(ws.cases().open(mast.id()).messages()).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Stadtpark"));
        assertThat(ws.cases().open(mast.id()).contact().id()).isEqualTo(split.id());
        assertThat(ws.contacts().find("jonas")).extracting(Contact::id).contains(jonas, split.id());
    }

    @Test
    void theProfilesPossiblySameLeavesOutWhatAnAgentDismissedFromEitherSide() {
        long lena = contact("Lena Köhler", "lena@example.org", null, Platform.FACEBOOK, "lena.k");
        long byMail = contact("L. Köhler", "lena@example.org", null, Platform.INSTAGRAM, "lenak");
        long byName = contact("Lena Köhler", null, null, Platform.X, "lk_berlin");
        assertThat(ws.contacts().profile(lena).possiblySame()).extracting(Contact::id)
                .containsExactlyInAnyOrder(byMail, byName);

        ws.contactSuggestions().dismiss(byMail, lena); // said on the other contact's side
        assertThat(ws.contacts().profile(lena).possiblySame()).extracting(Contact::id).containsExactly(byName);
        assertThat(ws.contacts().profile(byMail).possiblySame()).extracting(Contact::id).doesNotContain(lena);
        assertThat(ws.contactSuggestions().of(lena)).extracting(s -> s.other().id()).containsExactly(byName);
    }
}
