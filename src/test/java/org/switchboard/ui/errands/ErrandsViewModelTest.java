package org.switchboard.ui.errands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.service.Workspace;
import org.switchboard.ui.common.DirectRunner;
import org.switchboard.ui.common.EventBridge;
import org.switchboard.ui.forward.DemoErrands;

/** The errands view's and the status update's view-models against a real demo workspace. */
class ErrandsViewModelTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private ErrandsViewModel vm;
    private EventBridge bridge;

    @BeforeEach
    void open() {
        ws = DemoErrands.openDemo(dir);
        vm = new ErrandsViewModel(ws, new DirectRunner());
        bridge = new EventBridge(ws.events(), Runnable::run);
        bridge.listen(vm::onEvent);
    }

    @AfterEach
    void close() {
        bridge.close();
        ws.close();
    }

    @Test
    void overdueErrandsComeFirstAndTheFilterKeepsOnlyThem() {
        long bench = DemoErrands.benchCase(ws);
        String later = ws.errands().forward(bench, "parks", ErrandChannel.PHONE, "30d", "called").errand().ref().value();
        String late = ws.errands().forward(bench, "roads", ErrandChannel.PHONE, "-3d", "called").errand().ref().value();

        vm.refresh();

        assertThat(vm.rows()).extracting(v -> v.errand().ref().value()).contains(late, later);
        assertThat(vm.overdue(vm.rows().getFirst())).isTrue();
        int lateAt = indexOf(late);
        int laterAt = indexOf(later);
        assertThat(lateAt).isLessThan(laterAt);
        assertThat(vm.rows().stream().takeWhile(vm::overdue).count())
                .isEqualTo(vm.rows().stream().filter(vm::overdue).count());

        vm.overdueOnly().set(true);
        assertThat(vm.rows()).allMatch(vm::overdue).extracting(v -> v.errand().ref().value()).contains(late)
                .doesNotContain(later);
    }

    @Test
    void updatingTheStatusMovesTheErrandOutOfTheOpenList() {
        long bench = DemoErrands.benchCase(ws);
        String ref = ws.errands().forward(bench, "parks", ErrandChannel.PHONE, null, "called").errand().ref().value();
        ErrandUpdateViewModel update = new ErrandUpdateViewModel(ws.errands(), new DirectRunner(), ref);
        update.status().set(ErrandStatus.DONE);
        update.note().set("Bank ist repariert");

        update.save();

        assertThat(update.done().get()).isTrue();
        assertThat(ws.errands().view(ref).errand().status()).isEqualTo(ErrandStatus.DONE);
        vm.refresh();
        assertThat(vm.rows()).noneMatch(v -> v.errand().ref().value().equals(ref));
    }

    @Test
    void aRedirectNeedsTheUnitItWentTo() {
        long bench = DemoErrands.benchCase(ws);
        String ref = ws.errands().forward(bench, "parks", ErrandChannel.PHONE, null, "called").errand().ref().value();
        ErrandUpdateViewModel update = new ErrandUpdateViewModel(ws.errands(), new DirectRunner(), ref);
        update.status().set(ErrandStatus.REDIRECTED);

        update.save();

        assertThat(update.done().get()).isFalse();
        assertThat(update.notice().get().key()).isEqualTo("errands.update.error.no-unit");
    }

    @Test
    void anErrandThatWasRefusedIsSentAgainAfterTheAddressIsFixed() throws Exception {
        try (mockwebserver3.MockWebServer server = new mockwebserver3.MockWebServer()) {
            server.start();
            server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).build());
            ws.directory().saveAll(java.util.List.of(new org.switchboard.domain.Unit(0, "bauhof-chat", "Baubetriebshof",
                    null, java.util.List.of(), "http://hooks.city.example/webhookb2/x", null, null, java.util.List.of(),
                    java.util.List.of(), 2, null, null, 0)), java.util.List.of());
            String ref = ws.errands().forward(DemoErrands.benchCase(ws), "bauhof-chat", ErrandChannel.WEBHOOK, null,
                    null).errand().ref().value();
            vm.refresh();
            var row = vm.rows().stream().filter(v -> v.errand().ref().value().equals(ref)).findFirst().orElseThrow();
            assertThat(row.delivery().stopped()).as("not https: refused, not retried").isTrue();

            ws.directory().saveAll(java.util.List.of(new org.switchboard.domain.Unit(0, "bauhof-chat", "Baubetriebshof",
                    null, java.util.List.of(), server.url("/webhookb2/x").toString(), null, null, java.util.List.of(),
                    java.util.List.of(), 2, null, null, 0)), java.util.List.of());
            vm.resend(row);

            assertThat(vm.assignNotice().get().key()).isEqualTo("errands.resend.done");
            assertThat(ws.errands().view(ref).delivered()).isTrue();
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    private int indexOf(String ref) {
        for (int i = 0; i < vm.rows().size(); i++) {
            if (vm.rows().get(i).errand().ref().value().equals(ref)) {
                return i;
            }
        }
        return -1;
    }
}
