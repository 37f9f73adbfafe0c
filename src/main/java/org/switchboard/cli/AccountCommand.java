package org.switchboard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.switchboard.domain.Account;
import org.switchboard.domain.Platform;
import org.switchboard.domain.sync.AccountStatus;
import org.switchboard.service.Workspace;
import org.switchboard.service.accounts.AccountService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code switchboard account add|list|remove}. */
@Command(name = "account", description = "connected accounts: add, list, remove",
        subcommands = AccountCommand.Add.class)
final class AccountCommand implements Runnable {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: account add mastodon|bluesky|facebook, account list, account remove NAME");
    }

    @Command(name = "list", description = "accounts with platform, name, last sync, next sync, last error")
    int list(@Option(names = "--json", description = "print JSON") boolean json) {
        Workspace ws = root.workspace();
        ArrayNode out = JsonOut.array();
        for (Account a : ws.accounts().list()) {
            AccountStatus s = ws.sync().status(a.id());
            ObjectNode o = out.addObject();
            o.put("id", String.valueOf(a.id()));
            o.put("name", a.name());
            o.put("platform", a.platform().id());
            o.put("handle", a.handle());
            o.put("demo", a.demo());
            o.put("paused", a.paused());
            o.put("state", a.demo() ? "DEMO" : a.paused() ? "PAUSED" : s.state().name());
            o.put("lastSyncAt", JsonOut.time(s.lastSyncAt()));
            o.put("nextSyncAt", JsonOut.time(s.nextSyncAt()));
            o.put("lastError", s.lastError());
        }
        if (json) {
            root.env().out().println(JsonOut.write(out));
        } else if (out.isEmpty()) {
            root.info("No accounts. Add one with 'switchboard account add mastodon|bluesky|facebook …'.");
        } else {
            for (var o : out) {
                root.env().out().printf("%-32s %-9s %-17s last sync %s%s%n", o.get("name").asText(),
                        o.get("platform").asText(), o.get("state").asText(),
                        o.get("lastSyncAt").isNull() ? "never" : o.get("lastSyncAt").asText(),
                        o.get("lastError").isNull() ? "" : " — " + o.get("lastError").asText());
            }
        }
        return Cli.OK;
    }

    @Command(name = "remove", description = "disconnects an account (its cases stay) and forgets its secret")
    int remove(@Parameters(paramLabel = "NAME", description = "account name") String name) {
        root.workspace().accounts().remove(name);
        root.info("Account '" + name + "' removed; its cases stay in the queue.");
        return Cli.OK;
    }

    static int report(RootCommand root, AccountService.Connected c, String storeDescription) {
        String who = c.verifiedHandle() == null ? "" : " as " + c.verifiedHandle();
        root.info("Connected " + c.account().platform().displayName() + " account '" + c.account().name() + "'" + who
                + ". Its secret is kept in " + storeDescription + ".");
        if (c.warning() != null) {
            root.env().err().println("Warning: " + c.warning());
        }
        return Cli.OK;
    }

    static String url(String value, String option) {
        try {
            URI u = URI.create(value.strip());
            if (u.getScheme() == null || !(u.getScheme().equals("https") || u.getScheme().equals("http"))
                    || u.getHost() == null) {
                throw new IllegalArgumentException();
            }
            String s = u.toString();
            return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        } catch (IllegalArgumentException e) {
            throw new UserInputException(option + " '" + value + "' is not a web address like https://social.example");
        }
    }

    /** {@code account add mastodon|bluesky|facebook}. */
    @Command(name = "add", description = "connects an account",
            subcommands = {AddMastodon.class, AddBluesky.class, AddFacebook.class})
    static final class Add implements Runnable {
        @ParentCommand
        AccountCommand account;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing platform: account add mastodon|bluesky|facebook");
        }
    }

    /** Options every "account add" shares. */
    abstract static class AddBase implements Callable<Integer> {
        @ParentCommand
        Add parent;

        @Option(names = "--name", required = true, paramLabel = "N", description = "a name for the account")
        String name;

        abstract Platform platform();

        abstract Map<String, String> settings();

        abstract String secret();

        @Override
        public Integer call() {
            RootCommand root = parent.account.root;
            String secret = secret();
            Map<String, String> settings = settings();
            Workspace ws = root.workspace();
            AccountService.Connected c = ws.accounts().connect(platform(), name.strip(), settings, secret);
            return report(root, c, ws.accounts().secretStoreDescription());
        }
    }

    /** Token options of Mastodon and Facebook. */
    public static final class TokenOptions {
        @Option(names = "--token", paramLabel = "T", description = "the access token")
        String token;

        @Option(names = "--token-file", paramLabel = "F", description = "a file holding the token")
        Path tokenFile;

        @Option(names = "--token-env", paramLabel = "V", description = "an environment variable holding the token")
        String tokenEnv;

        String read() {
            return SecretInput.read("access token", token, tokenFile, tokenEnv, "--token", "--token-file", "--token-env");
        }
    }

    @Command(name = "mastodon", description = "connects a Mastodon account with an access token")
    static final class AddMastodon extends AddBase {
        @Option(names = "--instance", required = true, paramLabel = "URL", description = "e.g. https://social.example")
        String instance;

        @picocli.CommandLine.Mixin
        TokenOptions token;

        @Override
        Platform platform() {
            return Platform.MASTODON;
        }

        @Override
        Map<String, String> settings() {
            return Map.of("instance", url(instance, "--instance"));
        }

        @Override
        String secret() {
            return token.read();
        }
    }

    @Command(name = "bluesky", description = "connects a Bluesky account with an app password")
    static final class AddBluesky extends AddBase {
        @Option(names = "--service", paramLabel = "URL", defaultValue = "https://bsky.social",
                description = "the PDS or entryway (default https://bsky.social)")
        String service;

        @Option(names = "--identifier", required = true, paramLabel = "HANDLE", description = "handle or e-mail")
        String identifier;

        @Option(names = "--app-password", paramLabel = "P", description = "an app password")
        String password;

        @Option(names = "--password-file", paramLabel = "F", description = "a file holding the app password")
        Path passwordFile;

        @Option(names = "--password-env", paramLabel = "V", description = "a variable holding the app password")
        String passwordEnv;

        @Override
        Platform platform() {
            return Platform.BLUESKY;
        }

        @Override
        Map<String, String> settings() {
            return Map.of("service", url(service, "--service"), "identifier", identifier.strip());
        }

        @Override
        String secret() {
            return SecretInput.read("app password", password, passwordFile, passwordEnv, "--app-password",
                    "--password-file", "--password-env");
        }
    }

    @Command(name = "facebook", description = "connects a Facebook page with a page access token")
    static final class AddFacebook extends AddBase {
        @Option(names = "--page-id", required = true, paramLabel = "ID", description = "the page's id")
        String pageId;

        @Option(names = "--graph-url", paramLabel = "URL", defaultValue = "https://graph.facebook.com",
                description = "Graph API base without version (default https://graph.facebook.com)")
        String graphUrl;

        @Option(names = "--graph-version", paramLabel = "vNN.0", description = "Graph API version (default: current)")
        String graphVersion;

        @picocli.CommandLine.Mixin
        TokenOptions token;

        @Override
        Platform platform() {
            return Platform.FACEBOOK;
        }

        @Override
        Map<String, String> settings() {
            Map<String, String> s = new LinkedHashMap<>();
            s.put("pageId", pageId.strip());
            s.put("graphUrl", url(graphUrl, "--graph-url"));
            if (graphVersion != null) {
                if (!graphVersion.matches("v\\d{1,3}\\.\\d")) {
                    throw new UserInputException("--graph-version '" + graphVersion + "' should look like v25.0");
                }
                s.put("graphVersion", graphVersion);
            }
            return s;
        }

        @Override
        String secret() {
            return token.read();
        }
    }
}
