package org.switchboard.service.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.AppContext;
import org.switchboard.domain.Case;
import org.switchboard.domain.Note;
import org.switchboard.domain.Platform;
import org.switchboard.domain.StaleWriteException;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.ManualIntake;

/** Notes keep their history and come back after a delete; linking contacts keeps every message. */
class ContactsAndNotesTest {
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

    private Case call(String name, String email, String text) {
        return ws.intake().log(new ManualIntake.Concern(Platform.PHONE, name, null, email, null, text));
    }

    @Test
    void editingANoteKeepsWhatItSaidBeforeAndAStaleEditIsAConflict() {
        Case c = call("Anna", "anna@example.org", "Laterne aus");
        Note n = ws.cases().addNote(c.id(), "Rückruf morgen");
        Note edited = ws.notes().edit(n.id(), "Rückruf morgen um 9", n.version());
        assertThat(edited.text()).isEqualTo("Rückruf morgen um 9");
        assertThat(ws.notes().history(n.id())).singleElement().satisfies(h -> assertThat(h.text())
                .isEqualTo("Rückruf morgen"));
        assertThatThrownBy(() -> ws.notes().edit(n.id(), "anders", n.version()))
                .isInstanceOf(StaleWriteException.class);
        assertThat(ws.cases().open(c.id()).history()).extracting(a -> a.action()).contains("note.edited");
    }

    @Test
    void aFreshNoteIsNotShownAsEditedEvenWhenTheClockMovesWhileItIsSaved(@org.junit.jupiter.api.io.TempDir
                                                                            java.nio.file.Path other) {
        // every reading of this clock is a millisecond later than the one before
        Clock ticking = new Clock() {
            private final java.util.concurrent.atomic.AtomicLong ms = new java.util.concurrent.atomic.AtomicLong();

            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return java.time.Instant.parse("2026-11-22T08:00:00Z").plusMillis(ms.getAndIncrement());
            }
        };
        try (Workspace w = AppContext.openEmbedded(other, ticking, Map.of("SWITCHBOARD_SECRET_STORE", "vault"))) {
            Case c = w.intake().log(new ManualIntake.Concern(Platform.PHONE, "Ida", null, null, null, "Bank"));
            Note onCase = w.cases().addNote(c.id(), "Rückruf morgen");
            Note onContact = w.notes().addToContact(w.cases().open(c.id()).contact().id(), "Spricht Englisch");
            w.notes().pin(onCase.id(), true);
            assertThat(w.cases().open(c.id()).notes()).singleElement()
                    .satisfies(n -> assertThat(n.updatedAt()).as("pinned, never edited").isEqualTo(n.createdAt()));
            assertThat(onContact.updatedAt()).isEqualTo(onContact.createdAt());
        }
    }

    @Test
    void pinnedNotesComeFirstAndADeleteCanBeUndone() {
        Case c = call("Ben", null, "Müll");
        Note first = ws.cases().addNote(c.id(), "erste");
        Note second = ws.cases().addNote(c.id(), "zweite");
        ws.notes().pin(second.id(), true);
        assertThat(ws.cases().open(c.id()).notes()).extracting(Note::text).containsExactly("zweite", "erste");
        ws.notes().delete(first.id());
        assertThat(ws.cases().open(c.id()).notes()).extracting(Note::text).containsExactly("zweite");
        ws.notes().undoDelete(first.id());
        assertThat(ws.cases().open(c.id()).notes()).extracting(Note::text).containsExactly("zweite", "erste");
    }

    @Test
    void contactsWithTheSameEmailAreSuggestedAndLinkingKeepsEverything() {
        Case a = call("Lena Köhler", "lena@example.org", "Laptop in Linie 5 vergessen");
        Case b = ws.intake().log(new ManualIntake.Concern(Platform.LETTER, "L. Köhler", "Köhler, Hauptstr. 3", null,
                null, "Brief: Laptop noch nicht gefunden?"));
        long lena = ws.cases().open(a.id()).contact().id();
        long letter = ws.cases().open(b.id()).contact().id();
        assertThat(lena).isNotEqualTo(letter);
        ws.notes().addToContact(letter, "schreibt lieber Briefe");

        ws.contacts().link(lena, letter);
        var profile = ws.contacts().profile(lena);
        assertThat(profile.cases()).extracting(Case::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(profile.identities()).extracting(i -> i.platform()).contains(Platform.EMAIL, Platform.LETTER);
        assertThat(profile.notes()).extracting(Note::text).containsExactly("schreibt lieber Briefe");
        assertThat(ws.cases().open(b.id()).messages()).hasSize(1);
        assertThat(ws.cases().open(b.id()).contact().id()).isEqualTo(lena);

        long letterIdentity = profile.identities().stream().filter(i -> i.platform() == Platform.LETTER)
                .findFirst().orElseThrow().id();
        var split = ws.contacts().unlink(letterIdentity);
        assertThat(ws.contacts().profile(split.id()).identities()).hasSize(1);
        assertThatThrownBy(() -> ws.contacts().link(lena, lena)).hasMessageContaining("itself");
    }

    @Test
    void theSameNameOrEmailIsOfferedAsPossiblyTheSamePerson() {
        Case a = call("Erika Muster", "erika@example.org", "Ampel");
        Case b = ws.intake().log(new ManualIntake.Concern(Platform.WALK_IN, "Erika Muster", null, null, "+49 1",
                "Ampel immer noch aus"));
        long first = ws.cases().open(a.id()).contact().id();
        long second = ws.cases().open(b.id()).contact().id();
        assertThat(ws.contacts().profile(first).possiblySame()).extracting(c -> c.id()).containsExactly(second);
    }
}
