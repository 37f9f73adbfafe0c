package org.switchboard.ui.accounts;

import org.switchboard.testing.MemorySecretStore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Case;
import org.switchboard.domain.Platform;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;
import org.switchboard.service.Workspace;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.FakeWorkspace;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.ui.common.DirectRunner;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.Notice;
import org.switchboard.ui.common.TimeFormat;

/** The accounts screen against a real workspace with a fake platform, without a JavaFX toolkit. */
class AccountsViewModelTest {
    private static final Texts EN = Texts.forLanguage("en");

    @TempDir
    Path dir;

    private final FakePlatform platform = new FakePlatform();
    private final AccountTexts words = new AccountTexts(new DomainTexts(EN), new TimeFormat(EN, UiTestWorkspace.CLOCK));
    private final List<Notice> prompts = new ArrayList<>();
    private final Deque<String> answers = new ArrayDeque<>();
    private MemorySecretStore secrets;
    private Workspace ws;
    private AccountsViewModel vm;
    private int changes;

    @AfterEach
    void closeWorkspace() {
        if (ws != null) {
            ws.close();
        }
    }

    @Test
    void everyAccountIsListedWithItsSyncStateInWords() {
        open(MemorySecretStore.open());
        for (String name : List.of("City", "Offline", "Limited", "Expired", "Broken", "Quiet")) {
            ws.accounts().connect(Platform.MASTODON, name, Map.of("instance", "https://social.example"), "t-" + name);
        }
        ws.accounts().add(Platform.FACEBOOK, "Stadt Beispielstadt · Facebook", "stadt.beispielstadt", true,
                Map.of("demo", "true"));
        ws.accounts().setPaused("Quiet", true);
        platform.fetchFailures.put("Offline", new ConnectorException(Kind.NETWORK, "social.example cannot be reached"));
        platform.fetchFailures.put("Limited", new ConnectorException(Kind.RATE_LIMITED, "Mastodon asked us to wait",
                Instant.parse("2026-03-14T10:00:00Z"), 429, null));
        platform.fetchFailures.put("Expired", new ConnectorException(Kind.AUTH_EXPIRED, "The access token was revoked."));
        platform.fetchFailures.put("Broken", new ConnectorException(Kind.SERVER_ERROR, "the server answered 502"));
        ws.sync().syncOnce(null);

        vm.refresh();

        Map<String, String> states = byName(words::state);
        assertThat(states.get("City")).isEqualTo("OK");
        assertThat(states.get("Offline")).startsWith("Offline, retrying at ").contains("10:31");
        assertThat(states.get("Limited")).startsWith("Rate-limited until ").contains("11:00");
        assertThat(states.get("Expired")).isEqualTo("Reconnect needed");
        assertThat(states.get("Broken")).isEqualTo("Error: the server answered 502");
        assertThat(states.get("Quiet")).isEqualTo("Paused");
        assertThat(states.get("Stadt Beispielstadt · Facebook")).isEqualTo("Demo — never connects");
        assertThat(byName(words::lastSync).get("City")).startsWith("< 1 min ago · ");
        assertThat(byName(words::lastSync).get("Expired")).isEqualTo("never");
        assertThat(byName(words::nextSync).get("Expired")).isEqualTo("after reconnecting");
        assertThat(byName(words::lastError).get("Expired")).isEqualTo("The access token was revoked.");
        assertThat(vm.rows().getLast().demo()).as("demo accounts come last").isTrue();
        assertThat(vm.store().get()).isEqualTo(new AccountsViewModel.Store("the test's memory", false));
        assertThat(words.summary(vm.rows())).isEqualTo("Expired: Reconnect needed (+3 more)");
        assertThat(words.details(vm.rows()).lines()).hasSize(7).first().asString().startsWith("Expired (Mastodon)");
    }

    @Test
    void addingAnAccountWithATokenStoresTheSecretAndListsTheAccount() {
        open(MemorySecretStore.open());
        boolean[] dialogOpened = {false};
        vm.startAdd(() -> dialogOpened[0] = true);
        assertThat(dialogOpened[0]).as("a keychain needs no passphrase: the dialog opens at once").isTrue();
        assertThat(prompts).isEmpty();

        AddAccountViewModel add = addDialog();
        add.instance().set("  social.example/ ");
        assertThat(add.suggestedName()).isEqualTo("social.example");
        add.name().set("Stadt Beispielstadt");
        add.secret().set("mastodon-token-9f2c");
        add.connect();

        assertThat(add.problem().get()).isNull();
        assertThat(add.done().get()).isTrue();
        assertThat(add.secret().get()).as("the secret is not kept once handed over").isEmpty();
        assertThat(secrets.all()).containsEntry("account/mastodon/Stadt Beispielstadt", "mastodon-token-9f2c");
        assertThat(ws.accounts().byName("Stadt Beispielstadt").settings())
                .containsEntry("instance", "https://social.example");
        assertThat(vm.rows()).extracting(AccountRow::name).containsExactly("Stadt Beispielstadt");
        assertThat(words.state(vm.rows().getFirst())).isEqualTo("Not synced yet");
        assertThat(words.handle(vm.rows().getFirst())).isEqualTo("@stadt.beispielstadt@social.example");
        assertThat(vm.notice().get()).isEqualTo(Notice.ok("accounts.added.as", "@stadt.beispielstadt@social.example"));
        assertThat(changes).as("the status bar is told").isEqualTo(1);
    }

    @Test
    void blueskyTakesTheDefaultServiceAndTheHandleWithoutItsAt() {
        open(MemorySecretStore.open());
        AddAccountViewModel add = addDialog();
        add.platform().set(Platform.BLUESKY);
        add.identifier().set("@beispielstadt.bsky.social");
        add.secret().set("abcd-efgh-ijkl-mnop");
        add.connect();

        assertThat(add.done().get()).isTrue();
        assertThat(ws.accounts().byName("beispielstadt.bsky.social").settings()).isEqualTo(Map.of(
                "service", "https://bsky.social", "identifier", "beispielstadt.bsky.social"));
    }

    @Test
    void aRefusedTokenShowsThePlatformsReasonAndLeavesNoAccount() {
        open(MemorySecretStore.open());
        platform.verifyFailures.put("City", new ConnectorException(Kind.AUTH_EXPIRED,
                "The access token is invalid (Mastodon answered 401)."));
        AddAccountViewModel add = addDialog();
        add.instance().set("https://social.example");
        add.name().set("City");
        add.secret().set("wrong-token");
        add.connect();

        assertThat(add.done().get()).isFalse();
        assertThat(add.busy().get()).isFalse();
        assertThat(add.problem().get().key()).isEqualTo("accounts.add.error");
        assertThat(add.problem().get().detail()).contains("did not accept the credentials")
                .contains("The access token is invalid").doesNotContain("wrong-token").doesNotContain("\tat ");
        assertThat(add.secret().get()).as("kept for another try").isEqualTo("wrong-token");
        assertThat(ws.accounts().list()).isEmpty();
        assertThat(secrets.all()).isEmpty();
        vm.refresh();
        assertThat(vm.rows()).isEmpty();
        assertThat(changes).isZero();
    }

    @Test
    void aMissingOrWrongFieldIsNamedBeforeThePlatformIsAsked() {
        open(MemorySecretStore.open());
        AddAccountViewModel add = addDialog();
        add.secret().set("token");
        add.connect();
        assertThat(add.problem().get().key()).isEqualTo("accounts.add.error.instance");

        add.instance().set("social.example");
        add.secret().set("");
        add.connect();
        assertThat(add.problem().get().key()).isEqualTo("accounts.add.error.token-mastodon");

        add.platform().set(Platform.FACEBOOK);
        add.pageId().set("stadt.beispielstadt");
        add.secret().set("page-token");
        add.connect();
        assertThat(add.problem().get().key()).isEqualTo("accounts.add.error.page-id");
        assertThat(ws.accounts().list()).isEmpty();
    }

    @Test
    void pausingAndResumingAnAccountShowsInItsState() {
        open(MemorySecretStore.open());
        ws.accounts().connect(Platform.MASTODON, "City", Map.of("instance", "https://social.example"), "t");
        vm.refresh();

        vm.togglePause(vm.rows().getFirst());
        assertThat(ws.accounts().byName("City").paused()).isTrue();
        assertThat(words.state(vm.rows().getFirst())).isEqualTo("Paused");
        assertThat(vm.notice().get().key()).isEqualTo("accounts.paused");

        vm.togglePause(vm.rows().getFirst());
        assertThat(ws.accounts().byName("City").paused()).isFalse();
        assertThat(words.state(vm.rows().getFirst())).isEqualTo("Not synced yet");
        assertThat(changes).isEqualTo(2);
    }

    @Test
    void removingAnAccountForgetsItsSecretAndKeepsItsCases() {
        open(MemorySecretStore.open());
        ws.accounts().connect(Platform.MASTODON, "City", Map.of("instance", "https://social.example"), "t-city");
        Case kase = UiTestWorkspace.newCase(ws, "Anna Schmidt", "Der Spielplatz am Weiher ist seit Wochen gesperrt.");
        vm.refresh();

        vm.remove(vm.rows().getFirst());

        assertThat(vm.rows()).isEmpty();
        assertThat(secrets.all()).isEmpty();
        assertThat(ws.cases().open(kase.id()).messages()).hasSize(1);
        assertThat(vm.notice().get()).isEqualTo(Notice.ok("accounts.removed", "City"));
    }

    @Test
    void testingAnAccountSaysWhomItIsConnectedAsOrWhyNot() {
        open(MemorySecretStore.open());
        ws.accounts().connect(Platform.MASTODON, "City", Map.of("instance", "https://social.example"), "t");
        vm.refresh();

        vm.test(vm.rows().getFirst());
        assertThat(vm.notice().get()).isEqualTo(Notice.ok("accounts.test.ok", "@city@social.example"));

        platform.verifyFailures.put("City", new ConnectorException(Kind.NETWORK, "social.example cannot be reached."));
        vm.test(vm.rows().getFirst());
        assertThat(vm.notice().get()).isEqualTo(Notice.problem("accounts.test.failed", "social.example cannot be reached."));
    }

    @Test
    void withoutAKeychainThePassphraseIsAskedBeforeAddingAndAWrongOneAskedAgain() {
        open(MemorySecretStore.lockedWith("Rathaus 2026"));
        vm.refresh();
        assertThat(vm.store().get().locked()).isTrue();
        answers.add("rathaus");
        answers.add("Rathaus 2026");
        boolean[] dialogOpened = {false};

        vm.startAdd(() -> dialogOpened[0] = true);

        assertThat(prompts).hasSize(2);
        assertThat(prompts.getFirst()).isNull();
        assertThat(prompts.get(1).key()).isEqualTo("vault.error.unlock");
        assertThat(prompts.get(1).detail()).contains("cannot be opened with this passphrase");
        assertThat(dialogOpened[0]).isTrue();
        assertThat(vm.store().get()).isEqualTo(new AccountsViewModel.Store("the test's memory", false));
    }

    @Test
    void cancellingThePassphraseOpensNoDialog() {
        open(MemorySecretStore.lockedWith("Rathaus 2026"));
        boolean[] dialogOpened = {false};

        vm.startAdd(() -> dialogOpened[0] = true);

        assertThat(prompts).hasSize(1);
        assertThat(dialogOpened[0]).isFalse();
        assertThat(vm.notice().get()).isNull();
    }

    private void open(MemorySecretStore store) {
        secrets = store;
        ws = FakeWorkspace.open(dir, store, platform);
        VaultViewModel vault = new VaultViewModel(ws.accounts(), new DirectRunner(), problem -> {
            prompts.add(problem);
            String answer = answers.poll();
            return Optional.ofNullable(answer).map(String::toCharArray);
        });
        vm = new AccountsViewModel(ws, vault, new DirectRunner(), () -> changes++);
    }

    private AddAccountViewModel addDialog() {
        return new AddAccountViewModel(ws.accounts(), new DirectRunner(), vm::added);
    }

    private Map<String, String> byName(Function<AccountRow, String> text) {
        return vm.rows().stream().collect(Collectors.toMap(AccountRow::name, text));
    }
}
