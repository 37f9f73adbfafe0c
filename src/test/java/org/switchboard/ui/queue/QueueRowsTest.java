package org.switchboard.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.ContactRef;
import org.switchboard.service.cases.NewMessage;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.FxBackgroundRunner;
import org.switchboard.ui.common.StatusModel;
import org.switchboard.ui.common.TimeFormat;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What keeps scrolling the case list cheap, checked on the real list with the demo workspace's rows (every
 * status, priorities, tags, errands, umlauts and emoji): rows of one fixed height that every row fits in,
 * chips that change colour by pseudo-class (a reused cell's style classes never change), chips drawn without
 * curves, and the next page read a page ahead of the end. How fast it scrolls is the benchmark's business.
 */
class QueueRowsTest {
    @TempDir
    static Path dir;

    private static Workspace ws;
    private static FxBackgroundRunner runner;

    @BeforeAll
    static void theDemoWorkspaceWithSomeLongNames() throws Exception {
        FxToolkit.registerPrimaryStage();
        ws = UiTestWorkspace.withDemo(dir);
        Contact contact = ws.conversations().findOrCreateContact(new ContactRef(
                "Maximiliane Schöneberg-Überländer 👩‍🚒🚒", null, null,
                List.of(new ContactRef.Handle(Platform.THREADS, "maximiliane.schoeneberg.ueberlaender", null))));
        long account = ws.accounts().list().getFirst().id();
        for (int i = 0; i < 30; i++) {
            ws.conversations().openCase(contact, new NewMessage(account, Platform.THREADS, "long-" + i,
                    Direction.IN, MessageKind.MENTION, contact.name(), "Größere Schäden am Gehweg 🚧 Nr. " + i,
                    null, UiTestWorkspace.CLOCK.instant().minusSeconds(60L * i), null, List.of(), null, null,
                    List.of()), i % 3 == 0 ? Priority.URGENT : Priority.HIGH);
        }
        runner = new FxBackgroundRunner();
    }

    private ListView<QueueRow> show(int pageSize) throws Exception {
        return show(pageSize, 4, 900);
    }

    private ListView<QueueRow> show(int pageSize, int maxPages, double height) throws Exception {
        QueueViewModel vm = new QueueViewModel(new QueueViewModel.Sources(ws.queue(), ws.accounts(),
                new MemoryViews()), runner, new StatusModel(), pageSize, maxPages);
        Texts de = Texts.forLanguage("de");
        CompletableFuture<ListView<QueueRow>> shown = new CompletableFuture<>();
        FxToolkit.setupStage(stage -> {
            QueueView view = new QueueView(vm, new DomainTexts(de), new TimeFormat(de, UiTestWorkspace.CLOCK), false);
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            Scene scene = new Scene(new StackPane(view.node()), 420, height);
            scene.getStylesheets().add(QueueView.class.getResource(Css.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.show();
            vm.sort().set(QueueSort.NEWEST);
            @SuppressWarnings("unchecked")
            ListView<QueueRow> list = (ListView<QueueRow>) view.node().lookup("#queue-list");
            shown.complete(list);
        });
        ListView<QueueRow> list = shown.get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !list.getItems().isEmpty()
                && list.getFixedCellSize() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        return list;
    }

    @Test
    void everyRowFitsTheListsFixedRowHeight() throws Exception {
        ListView<QueueRow> list = show(100);
        double first = list.getFixedCellSize();
        // Styles that arrive after the first rows were measured (a larger font) make every row taller: none is cut.
        String larger = "data:text/css;base64," + java.util.Base64.getEncoder().encodeToString(
                ".queue-cell .queue-preview { -fx-font-size: 24px; }".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        WaitForAsyncUtils.asyncFx(() -> list.getScene().getStylesheets().add(larger)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getFixedCellSize() > first);
        List<Double> heights = new ArrayList<>();
        scrollThrough(list, () -> cells(list).forEach(c -> heights.add(c.neededHeight())));
        assertThat(heights).isNotEmpty().allSatisfy(h -> assertThat(h).isLessThanOrEqualTo(list.getFixedCellSize()));
    }

    @Test
    void chipsChangeColourByPseudoClassAndKeepTheirStyleClasses() throws Exception {
        ListView<QueueRow> list = show(100);
        Set<List<String>> statusClasses = new HashSet<>();
        Set<CaseStatus> seen = new HashSet<>();
        Set<String> colours = new HashSet<>();
        scrollThrough(list, () -> cells(list).forEach(cell -> {
            QueueRow row = cell.getItem();
            Label status = (Label) cell.lookup(".queue-status");
            statusClasses.add(List.copyOf(status.getStyleClass()));
            assertThat(status.getPseudoClassStates()).contains(PseudoClass.getPseudoClass(
                    "status-" + row.status().name().toLowerCase(Locale.ROOT).replace('_', '-')));
            assertThat(status.getPseudoClassStates().stream().filter(p -> p.getPseudoClassName()
                    .startsWith("status-"))).hasSize(1);
            Label badge = (Label) cell.lookup(".platform-badge");
            assertThat(badge.getPseudoClassStates()).contains(
                    PseudoClass.getPseudoClass("platform-" + row.platform().id()));
            Label priority = (Label) cell.lookup(".queue-priority");
            assertThat(priority.getPseudoClassStates()).contains(PseudoClass.getPseudoClass(
                    switch (row.priority()) {
                        case URGENT -> "danger";
                        case HIGH -> "warning";
                        default -> "quiet";
                    }));
            if (seen.add(row.status()) && status.getBackground() != null) {
                colours.add(row.status() + "=" + status.getBackground().getFills().getFirst().getFill());
            }
        }));
        assertThat(statusClasses).as("one set of style classes for every row a cell showed")
                .containsExactly(List.of("label", "chip", "queue-status"));
        assertThat(seen).contains(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.WAITING_CUSTOMER);
        // New, open and waiting each have their own colour (waiting had none while its class was misspelt).
        assertThat(colours.stream().filter(c -> c.startsWith("NEW=") || c.startsWith("OPEN=")
                || c.startsWith("WAITING_CUSTOMER=")).map(c -> c.substring(c.indexOf('=')))).doesNotHaveDuplicates()
                .hasSize(3);
    }

    @Test
    void rowChipsAreRectanglesWithoutBorders() throws Exception {
        ListView<QueueRow> list = show(100);
        List<Node> chips = new ArrayList<>();
        cells(list).forEach(c -> {
            chips.addAll(c.lookupAll(".chip"));
            chips.addAll(c.lookupAll(".platform-badge"));
        });
        assertThat(chips).isNotEmpty().allSatisfy(n -> {
            javafx.scene.layout.Region chip = (javafx.scene.layout.Region) n;
            assertThat(chip.getBorder() == null || chip.getBorder().isEmpty()).as("no border").isTrue();
            assertThat(chip.getBackground()).as("coloured").isNotNull();
            if (chip.getBackground() != null) {
                assertThat(chip.getBackground().getFills()).extracting(BackgroundFill::getRadii)
                        .allSatisfy(r -> assertThat(r).isEqualTo(CornerRadii.EMPTY));
                assertThat(chip.getBackground().getFills()).extracting(BackgroundFill::getFill)
                        .allSatisfy(p -> assertThat(p).isNotEqualTo(Paint.valueOf("transparent")));
            }
        });
    }

    @Test
    void theNextPageIsReadWhileAWholePageOfRowsIsStillAhead() throws Exception {
        // A page of 40 rows, of which the first few are on screen: the second page comes without any scrolling.
        ListView<QueueRow> list = show(40);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() > 40);
        int lastShown = cells(list).stream().mapToInt(QueueCell::getIndex).max().orElseThrow();
        assertThat(lastShown).as("the end of the first page was not reached").isLessThan(40 - 20);
    }

    @Test
    void theTopRowOnScreenStaysWhereItWasWhilePagesAreAddedBelowAndDroppedAbove() throws Exception {
        // pages of 10, at most 6 held, about 8 rows on screen (as in the window: far fewer rows on screen than a
        // page ahead and behind): scrolling through the 78 cases adds pages below and drops pages above
        ListView<QueueRow> list = show(10, 6, 560);
        List<Long> order = ws.queue().page(org.switchboard.domain.queue.QueueQuery.firstPage(
                org.switchboard.domain.queue.QueueFilter.NOT_CLOSED, QueueSort.NEWEST, 500)).rows().stream()
                .map(QueueRow::id).toList();
        int dropped = 0;
        int last = -1;
        for (int step = 0; step < 60; step++) {
            long[] before = new long[2];
            WaitForAsyncUtils.asyncFx(() -> {
                VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
                flow.scrollPixels(list.getFixedCellSize() * 3);
                list.layout();
                before[0] = ((QueueRow) flow.getFirstVisibleCell().getItem()).id();
                before[1] = list.getItems().getFirst().id();
            }).get(10, TimeUnit.SECONDS);
            Thread.sleep(30); // a page is read on a worker, then set on the FX thread
            WaitForAsyncUtils.waitForFxEvents();
            afterAPulse(list.getScene());
            long[] after = new long[2];
            WaitForAsyncUtils.asyncFx(() -> {
                VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
                after[0] = ((QueueRow) flow.getFirstVisibleCell().getItem()).id();
                after[1] = list.getItems().getFirst().id();
            }).get(10, TimeUnit.SECONDS);
            // the cell on top may be all but hidden, so the first one "visible" can move by a row or two
            assertThat(order.indexOf(after[0])).as("the top row on screen after step %d", step)
                    .isCloseTo(order.indexOf(before[0]), org.assertj.core.data.Offset.offset(2));
            dropped += after[1] != before[1] ? 1 : 0;
            last = order.indexOf(after[0]);
        }
        assertThat(dropped).as("pages were dropped above while scrolling").isPositive();
        assertThat(list.getItems().size()).isLessThanOrEqualTo(60);
        assertThat(last).as("it scrolled down the whole list").isGreaterThan(50);
    }

    /** Waits until the scene has had a layout pulse (what the screen shows is what follows it). */
    private static void afterAPulse(Scene scene) throws Exception {
        CompletableFuture<Void> pulsed = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                pulsed.complete(null);
            };
            scene.addPostLayoutPulseListener(once[0]);
            javafx.application.Platform.requestNextPulse();
        }).get(10, TimeUnit.SECONDS);
        pulsed.get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The cells showing a row now. FX thread. */
    private static List<QueueCell> cells(ListView<QueueRow> list) {
        List<QueueCell> cells = new ArrayList<>();
        for (Node n : list.lookupAll(".queue-cell")) {
            if (n instanceof QueueCell c && c.getItem() != null && !c.isEmpty() && c.isVisible()) {
                cells.add(c);
            }
        }
        return cells;
    }

    /** Runs {@code check} on the FX thread at every screen from the top of the list to its end. */
    private static void scrollThrough(ListView<QueueRow> list, Runnable check) throws Exception {
        for (int i = 0; i < 40; i++) {
            boolean[] more = {false};
            WaitForAsyncUtils.asyncFx(() -> {
                list.layout();
                check.run();
                VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
                more[0] = flow.scrollPixels(list.getHeight() * 0.8) > 0;
            }).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            if (!more[0]) {
                return;
            }
        }
    }

    @AfterEach
    void closeStages() throws Exception {
        FxToolkit.cleanupStages();
    }

    @AfterAll
    static void close() {
        if (runner != null) {
            runner.close();
        }
        if (ws != null) {
            ws.close();
        }
    }
}
