package org.switchboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.AppContext;
import org.switchboard.domain.Account;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Unit;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueueQuery;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.service.demo.DemoWorkspace;

/** The demo workspace tells the stories Switchboard exists for, through the real services. */
class DemoWorkspaceTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private List<QueueRow> all;

    @BeforeEach
    void load() {
        ws = AppContext.openEmbedded(dir, Clock.systemUTC());
        assertThat(ws.demo().workspaceEmpty()).isTrue();
        assertThat(ws.demo().load()).isEqualTo(DemoWorkspace.Result.LOADED);
        all = ws.queue().page(QueueQuery.firstPage(QueueFilter.NOT_CLOSED.withStatuses(Set.of(
                org.switchboard.domain.CaseStatus.values())), QueueSort.WAITING, 10_000)).rows();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void atLeastFortyCasesOnEveryPlatformInGermanAndEnglish() {
        assertThat(all.size()).isGreaterThanOrEqualTo(40);
        Map<Platform, Long> perPlatform = all.stream().collect(Collectors.groupingBy(QueueRow::platform,
                Collectors.counting()));
        assertThat(perPlatform.keySet()).contains(Platform.FACEBOOK, Platform.INSTAGRAM, Platform.THREADS,
                Platform.X, Platform.BLUESKY, Platform.MASTODON, Platform.EMAIL);
        String previews = all.stream().map(QueueRow::preview).collect(Collectors.joining("\n"));
        assertThat(previews).containsAnyOf("ä", "ö", "ü", "ß").containsIgnoringCase("the");
        assertThat(ws.demo().workspaceEmpty()).isFalse();
    }

    @Test
    void theBenchStoryCarriesPhotosAndTheTwoEmailsHeSentInVain() {
        CaseDetail bench = caseOf("Jonas Wagner");
        assertThat(bench.kase().platform()).isEqualTo(Platform.FACEBOOK);
        assertThat(bench.messages().getFirst().attachments()).isNotEmpty();
        assertThat(bench.messages().getFirst().text()).contains("Bank").contains("Pfütze");
        assertThat(bench.attempts()).hasSize(2);
        assertThat(bench.attempts()).extracting(a -> a.addressee())
                .anyMatch(a -> a.contains("Umweltamt")).anyMatch(a -> a.contains("Straßenbauamt"));
        assertThat(bench.messages()).extracting(m -> m.direction()).contains(Direction.OUT);
        assertThat(bench.notes()).isNotEmpty();
    }

    @Test
    void theOtherStoriesAreThere() {
        String texts = all.stream().map(r -> ws.cases().open(r.id())).flatMap(d -> d.messages().stream())
                .map(m -> m.text()).collect(Collectors.joining("\n"));
        assertThat(texts).containsIgnoringCase("Informationskanal");
        assertThat(texts).contains("RE 7");
        assertThat(texts).contains("Laptop");
    }

    @Test
    void someContactsWroteOnMoreThanOnePlatform() {
        Set<Long> contacts = new HashSet<>();
        all.forEach(r -> contacts.add(r.contactId()));
        long multi = all.stream().map(r -> ws.cases().open(r.id())).filter(d -> d.identities().stream()
                .map(i -> i.platform()).distinct().count() > 1).map(d -> d.contact().id()).distinct().count();
        assertThat(multi).isGreaterThanOrEqualTo(3);
        CaseDetail laptop = caseOf("Lena Köhler");
        assertThat(laptop.messages()).extracting(m -> m.platform()).contains(Platform.INSTAGRAM, Platform.EMAIL);
    }

    @Test
    void theDirectoryHasTheUnitsAgentsForwardTo() {
        List<Unit> units = ws.directory().units();
        assertThat(units).extracting(Unit::key).contains("parks", "roads", "environment", "order", "lost-property",
                "customer-service", "press");
        assertThat(units).allSatisfy(u -> {
            assertThat(u.email()).isNotBlank();
            assertThat(u.phones()).isNotEmpty();
            assertThat(u.keywords()).isNotEmpty();
        });
    }

    @Test
    void demoAccountsAreMarkedAndTheDemoIsNotLoadedTwice() {
        assertThat(ws.accounts().list()).isNotEmpty().allMatch(Account::demo);
        assertThat(ws.demo().load()).isEqualTo(DemoWorkspace.Result.ALREADY_LOADED);
        assertThat(ws.queue().count(QueueFilter.NOT_CLOSED.withStatuses(Set.of(
                org.switchboard.domain.CaseStatus.values())))).isEqualTo(all.size());
    }

    @Test
    void aFolderWithRealDataRefusesTheDemo(@TempDir Path other) {
        try (Workspace real = AppContext.openEmbedded(other, Clock.systemUTC())) {
            real.accounts().add(Platform.MASTODON, "Our Mastodon", "city@social.example", false, Map.of());
            assertThatThrownBy(() -> real.demo().load())
                    .isInstanceOf(DemoWorkspace.RealDataPresentException.class)
                    .hasMessageContaining("already holds real data");
            assertThat(real.accounts().list()).hasSize(1);
        }
    }

    private CaseDetail caseOf(String contactName) {
        QueueRow row = all.stream().filter(r -> r.contactName().equals(contactName)).findFirst().orElseThrow();
        return ws.cases().open(row.id());
    }
}
