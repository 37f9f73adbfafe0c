package org.switchboard.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.AppContext;
import org.switchboard.service.Workspace;
import org.switchboard.ui.common.DirectRunner;

/** The "/" search finds inflected words, one row per case, and says when nothing is found. */
class SearchViewModelTest {
    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void open() {
        ws = AppContext.openEmbedded(dir, Clock.systemUTC(), Map.of("SWITCHBOARD_SECRET_STORE", "vault"));
        ws.demo().load();
        ws.search().awaitIndexed();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void hitsAreGroupedByCaseWithTheMatchingWordsMarked() {
        SearchViewModel vm = new SearchViewModel(ws.search(), new DirectRunner());
        vm.query().set("Bänke");
        vm.run();
        assertThat(vm.rows()).isNotEmpty();
        assertThat(vm.rows()).extracting(SearchViewModel.Row::caseId).doesNotHaveDuplicates();
        assertThat(vm.rows().getFirst().snippet()).contains("«");
        assertThat(vm.message().get()).isEmpty();

        vm.query().set("Quantenverschränkung");
        vm.run();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.message().get()).isEqualTo("none");
    }
}
