package org.switchboard.ui.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Person;
import org.switchboard.domain.Unit;
import org.switchboard.service.Workspace;
import org.switchboard.ui.common.DirectRunner;
import org.switchboard.ui.forward.DemoErrands;

/** The directory editor's view-model against a real demo workspace. */
class DirectoryViewModelTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private DirectoryViewModel vm;

    @BeforeEach
    void open() {
        ws = DemoErrands.openDemo(dir.resolve("ws"));
        vm = new DirectoryViewModel(ws.directory(), new DirectRunner());
        vm.refresh();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void badOfficeHoursAreRefusedWithTheReasonInWords() {
        Unit parks = vm.units().stream().filter(u -> u.key().equals("parks")).findFirst().orElseThrow();
        vm.edit(parks);

        vm.field(DirectoryViewModel.Field.OFFICE_HOURS).set("Mo-Fr 16:00-08:00");

        assertThat(vm.hoursProblem().get()).contains("end must be after the start");
        vm.save();
        assertThat(vm.notice().get().problem()).isTrue();
        assertThat(vm.notice().get().detail()).contains("end must be after the start");
        assertThat(ws.directory().units()).filteredOn(u -> u.key().equals("parks"))
                .extracting(Unit::officeHours).containsExactly(parks.officeHours());
    }

    @Test
    void aUnitsFieldsAreSavedFromTheForm() {
        Unit parks = vm.units().stream().filter(u -> u.key().equals("parks")).findFirst().orElseThrow();
        vm.edit(parks);
        vm.field(DirectoryViewModel.Field.KEYWORDS).set("Bank; Parkbank; Brunnen");
        vm.field(DirectoryViewModel.Field.OFFICE_HOURS).set("Mo-Do 08:00-15:00; Fr 08:00-12:00");

        vm.save();

        assertThat(vm.notice().get().problem()).as("%s", vm.notice().get()).isFalse();
        Unit saved = ws.directory().units().stream().filter(u -> u.key().equals("parks")).findFirst().orElseThrow();
        assertThat(saved.keywords()).containsExactly("Bank", "Parkbank", "Brunnen");
        assertThat(saved.officeHours()).isEqualTo("Mo-Do 08:00-15:00; Fr 08:00-12:00");
    }

    @Test
    void anImportWithBadRowsListsEveryProblemAndImportsNothing() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "type,key,name,email,office_hours\nunit,new-unit,,x,Mo-Fr 9-5\n");
        int before = ws.directory().units().size();

        vm.importFile(file);

        assertThat(vm.importProblems()).isNotEmpty().allMatch(p -> p.startsWith("line "));
        assertThat(ws.directory().units()).hasSize(before);
    }

    @Test
    void aPersonSomeoneEscalatesToIsNotDeletedAndTheNoticeSaysWho() {
        Person murat = vm.people().stream().filter(p -> p.key().equals("m.yilmaz")).findFirst().orElseThrow();
        java.util.List<String> escalating = ws.directory().units().stream()
                .filter(u -> "m.yilmaz".equals(u.escalatesTo())).map(Unit::key).toList();
        assertThat(escalating).as("the demo escalates roads to Murat Yılmaz").isNotEmpty();
        vm.edit(murat);

        vm.delete();

        assertThat(vm.notice().get().problem()).isTrue();
        assertThat(vm.notice().get().detail()).contains("escalation contact of " + escalating.getFirst());
        assertThat(ws.directory().people()).anyMatch(p -> p.key().equals("m.yilmaz"));
    }
}
