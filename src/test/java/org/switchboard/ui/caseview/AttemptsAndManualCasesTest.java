package org.switchboard.ui.caseview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Case;
import org.switchboard.domain.Platform;
import org.switchboard.service.Workspace;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.ui.common.DirectRunner;
import org.switchboard.ui.common.Notice;
import org.switchboard.ui.common.StatusModel;

/** Earlier attempts in two clicks, and cases logged by hand, against a real demo workspace. */
class AttemptsAndManualCasesTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private CaseViewModel kase;
    private AttemptsViewModel attempts;
    private final List<Notice> answers = new ArrayList<>();

    @BeforeEach
    void openDemoWorkspace() {
        ws = UiTestWorkspace.withDemo(dir);
        StatusModel status = new StatusModel();
        kase = new CaseViewModel(ws.cases(), new DirectRunner(), status);
        attempts = new AttemptsViewModel(new AttemptsViewModel.Services(ws.conversations(), ws.directory(),
                UiTestWorkspace.CLOCK), kase, new DirectRunner(), status);
    }

    @AfterEach
    void closeWorkspace() {
        ws.close();
    }

    @Test
    void whatAMessageSaysWasTriedIsOfferedOnceAndRecordedInOneClick() {
        Case c = UiTestWorkspace.newCase(ws, "Zoë Neumann",
                "Ich habe schon zweimal an das Ordnungsamt geschrieben, keine Antwort. Die Ampel ist immer noch aus.");
        kase.open(c.id());

        assertThat(attempts.offers()).hasSize(1);
        AttemptsViewModel.Offer offer = attempts.offers().getFirst();
        assertThat(offer.suggestion().addressee()).isEqualTo("Ordnungsamt");
        assertThat(offer.suggestion().times()).isEqualTo(2);
        assertThat(offer.date()).isEqualTo(LocalDate.of(2026, 3, 14));

        attempts.accept(offer, answers::add);

        assertThat(answers).containsExactly((Notice) null);
        assertThat(kase.detail().get().attempts()).anyMatch(a -> a.addressee().equals("Ordnungsamt")
                && a.channel().equals("email") && a.date().equals(LocalDate.of(2026, 3, 14)));
        assertThat(attempts.offers()).as("recorded, so not offered again").isEmpty();
    }

    @Test
    void anAddresseeRecordedWithItsAddressIsNotSuggestedAgain() {
        assertThat(AttemptsViewModel.sameAddressee("Umweltamt (umweltamt@beispielstadt.example)", "Umweltamt")).isTrue();
        assertThat(AttemptsViewModel.sameAddressee("umweltamt", "Straßenbauamt")).isFalse();
    }

    @Test
    void anAttemptAddedByHandIsRecordedAndTheUnitsAreOfferedAsAddressees() {
        Case c = UiTestWorkspace.newCase(ws, "Jana Berg", "Schlagloch in der Lindenallee");
        kase.open(c.id());
        attempts.readUnits();
        assertThat(attempts.addressees()).anyMatch(n -> n.startsWith("Straßenbauamt"));

        attempts.add(attempts.today().minusDays(3), "phone", "Straßenbauamt", "Warteschleife", answers::add);

        assertThat(kase.detail().get().attempts()).anyMatch(a -> a.channel().equals("phone")
                && a.result().equals("Warteschleife") && a.date().equals(LocalDate.of(2026, 3, 11)));
    }

    @Test
    void aCallIsLoggedAsACaseAndOpens() {
        ManualCaseViewModel manual = new ManualCaseViewModel(ws.intake(), new DirectRunner(), new StatusModel());
        List<Long> opened = new ArrayList<>();

        manual.log(new ManualCaseViewModel.Entry(Platform.PHONE, " ", null, null, null, "x"), answers::add, opened::add);
        assertThat(answers.getLast().key()).isEqualTo("intake.error.name");

        manual.log(new ManualCaseViewModel.Entry(Platform.PHONE, "Herbert Özdemir", "+49 30 1234-777", "", "",
                "Ruft an: Straßenlaterne vor Hausnummer 12 flackert seit Tagen."), answers::add, opened::add);

        assertThat(answers.getLast()).isNull();
        assertThat(opened).hasSize(1);
        Case created = ws.cases().open(opened.getFirst()).kase();
        assertThat(created.platform()).isEqualTo(Platform.PHONE);
        assertThat(ws.cases().open(created.id()).contact().name()).isEqualTo("Herbert Özdemir");
    }
}
