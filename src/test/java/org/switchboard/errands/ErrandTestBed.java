package org.switchboard.errands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.switchboard.app.AppContext;
import org.switchboard.cli.Cli;
import org.switchboard.connect.PlatformConnectors;
import org.switchboard.connect.secrets.SecretStores;
import org.switchboard.domain.port.SecretStore;
import org.switchboard.service.Workspace;
import org.switchboard.store.Database;

/**
 * A data folder with the demo workspace, a real SMTP and IMAP server (GreenMail) in this JVM, a clock the
 * test moves, and the command line run in-process against it. Secrets go to the encrypted vault (as on
 * a headless machine); the HTTP client only resolves this machine, so no test reaches the internet.
 */
final class ErrandTestBed implements AutoCloseable {
    static final String MAILBOX = "errands@city.example";
    static final String LOGIN = "errands";
    static final String PASSWORD = "mailbox-secret-7f3a9c41";
    static final Map<String, String> ENV = Map.of("SWITCHBOARD_SECRET_STORE", "vault",
            "SWITCHBOARD_VAULT_PASSPHRASE", "errand-tests");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int exitCode, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("not JSON (exit " + exitCode + "): " + out + err, e);
            }
        }
    }

    final Path dir;
    final MovableClock clock;
    final int smtpPort = freePort();
    final int imapPort = freePort();
    final OkHttpClient http = new OkHttpClient.Builder().dns(ErrandTestBed::onlyThisMachine).build();
    private GreenMail mail;
    private Workspace workspace;
    private Consumer<PlatformConnectors> connectors = c -> { };

    ErrandTestBed(Path dir, Instant start) {
        this.dir = dir;
        this.clock = new MovableClock(start);
    }

    /** Registers fake platform connectors for workspaces opened from now on. */
    ErrandTestBed connectors(Consumer<PlatformConnectors> registrations) {
        this.connectors = registrations;
        return this;
    }

    void startMail() {
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        mail.setUser(MAILBOX, LOGIN, PASSWORD);
    }

    void stopMail() {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
    }

    /** The demo workspace, and the errands mailbox set up through the command line. */
    ErrandTestBed demoWithMailbox() throws IOException {
        startMail();
        workspace().demo().load();
        Path secret = dir.resolveSibling(dir.getFileName() + "-mailbox-password.txt");
        Files.writeString(secret, PASSWORD + "\n");
        Result set = cli("mail", "set", "--smtp", "smtp://127.0.0.1:" + smtpPort, "--imap", "imap://127.0.0.1:" + imapPort,
                "--user", LOGIN, "--password-file", secret.toString(), "--address", MAILBOX);
        Files.delete(secret); // beside the data folder, not in it: nobody else cleans it up
        if (set.exitCode() != 0) {
            throw new AssertionError("mail set failed: " + set.err());
        }
        return this;
    }

    SecretStore secrets() {
        return SecretStores.forDataDir(dir, ENV);
    }

    Workspace workspace() {
        if (workspace == null) {
            workspace = open();
        }
        return workspace;
    }

    private Workspace open() {
        return AppContext.wire(dir, Database.openEmbedded(dir), clock, http, d -> { }, secrets(), connectors);
    }

    void closeWorkspace() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }

    /** Runs the command line in this JVM (the cached workspace is closed first: one owner per folder). */
    Result cli(String... args) {
        closeWorkspace();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        Cli.Environment env = new Cli.Environment(d -> open(), (d, lang) -> 0, () -> dir, "errand-test",
                new PrintWriter(out, true), new PrintWriter(err, true));
        int code = new Cli(env).run(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    /** Mails the servers received for {@code address}, in order. */
    List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address))) {
                out.add(m);
            }
        }
        return out;
    }

    /** Puts a raw mail (headers as written, so encoded subjects stay encoded) into the errands mailbox. */
    void deliver(String raw) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        mail.getUserManager().getUserByEmail(MAILBOX).deliver(m);
    }

    /** A plain answer mail from a colleague. */
    static String answer(String messageId, String from, String subject, String inReplyTo, String body) {
        return "Message-ID: " + messageId + "\n"
                + "Date: Mon, 30 Nov 2026 10:15:00 +0100\n"
                + "From: " + from + "\n"
                + "To: Social-Media-Team <" + MAILBOX + ">\n"
                + "Subject: " + subject + "\n"
                + (inReplyTo == null ? "" : "In-Reply-To: " + inReplyTo + "\nReferences: " + inReplyTo + "\n")
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\n"
                + "Content-Transfer-Encoding: 8bit\n\n"
                + body + "\n";
    }

    @Override
    public void close() {
        closeWorkspace();
        stopMail();
    }

    private static List<InetAddress> onlyThisMachine(String host) throws UnknownHostException {
        if (host.equals("localhost") || host.startsWith("127.")) {
            return List.of(InetAddress.getByName(host));
        }
        throw new UnknownHostException(host + " (tests never leave this machine)");
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
