package org.switchboard.ui.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.ErrandEvent;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.ui.common.DirectRunner;

/** The forward dialog's view-model against a real demo workspace, without a JavaFX toolkit. */
class ForwardViewModelTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private ForwardViewModel vm;

    @BeforeEach
    void openDemoWorkspace() {
        ws = DemoErrands.openDemo(dir);
        vm = new ForwardViewModel(ws.routing(), ws.errands(), ws.directory(), () -> ws.mail().settings().isPresent(),
                new DirectRunner(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theBenchCaseIsSuggestedToTheParksAndTheRoadsOfficeByProblem() {
        vm.load(DemoErrands.benchCase(ws));

        assertThat(vm.suggestions()).anyMatch(ForwardViewModel.Suggestion::header);
        assertThat(vm.suggestions()).filteredOn(s -> !s.header()).extracting(s -> s.unit().key())
                .contains("parks", "roads");
        assertThat(vm.suggestions().getFirst().header()).isTrue();
        assertThat(vm.suggestions().get(1).number()).isEqualTo(1);
        assertThat(vm.suggestions().get(1).unit().reasons()).isNotEmpty();
    }

    @Test
    void ctrlOnePicksTheFirstSuggestionWithItsChannelsAndDefaultDueDate() {
        vm.load(DemoErrands.benchCase(ws));

        assertThat(vm.pick(1)).isTrue();

        assertThat(vm.unit().get().key()).isEqualTo(vm.suggestions().get(1).unit().key());
        assertThat(vm.channels()).contains(ErrandChannel.PHONE);
        assertThat(vm.due().get()).isNotNull().isEqualTo(vm.defaultDue().get());
        assertThat(vm.pick(99)).isFalse();
    }

    @Test
    void eMailWithoutAMailboxSaysWhereToSetItUp() {
        vm.load(DemoErrands.benchCase(ws));
        vm.choose("parks");
        vm.channel().set(ErrandChannel.EMAIL);

        vm.forward();

        assertThat(vm.forwarded().get()).isNull();
        assertThat(vm.notice().get().key()).isEqualTo("forward.error.no-mailbox");
    }

    @Test
    void aPhoneForwardRecordsTheCallWithItsNoteAndDraftsTheCustomerUpdate() {
        long id = DemoErrands.benchCase(ws);
        vm.load(id);
        vm.choose("parks");
        vm.channel().set(ErrandChannel.PHONE);
        vm.startCall();
        vm.note().set("Frau Peters übernimmt, Bank wird am Montag repariert");

        vm.forward();

        assertThat(vm.notice().get().problem()).as("%s", vm.notice().get()).isFalse();
        String ref = vm.forwarded().get().errand().ref().value();
        CaseDetail detail = ws.cases().open(id);
        CaseDetail.ErrandWithEvents errand = detail.errands().stream()
                .filter(e -> e.errand().ref().value().equals(ref)).findFirst().orElseThrow();
        assertThat(errand.errand().via()).isEqualTo(ErrandChannel.PHONE);
        assertThat(errand.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(ErrandEvent.Type.CALL);
            assertThat(e.note()).startsWith("Frau Peters übernimmt").contains("[call 0:");
        });
        assertThat(detail.drafts()).anyMatch(d -> d.text().contains(ref));
    }
}
