package org.switchboard.errands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mail set} and {@code mail test}: settings in the database, the password only in the vault. */
class MailCommandsTest {
    @TempDir
    Path dir;

    private ErrandTestBed bed;
    private Path passwordFile;

    @BeforeEach
    void open() throws IOException {
        bed = new ErrandTestBed(dir.resolve("data"), ForwardingTest.MONDAY);
        bed.startMail();
        passwordFile = dir.resolve("pw.txt");
        Files.writeString(passwordFile, ErrandTestBed.PASSWORD);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aMailboxIsSetTestedAndItsPasswordIsNowhereInPlainText() throws IOException {
        ErrandTestBed.Result test0 = bed.cli("mail", "test");
        ForwardingTest.assertError(test0, "the errands mailbox is not set up yet", "mail set");

        ErrandTestBed.Result set = set(passwordFile);
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("vault");
        ErrandTestBed.Result test = bed.cli("mail", "test");
        assertThat(test.exitCode()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).contains("OK      SMTP smtp://127.0.0.1:" + bed.smtpPort + " greeted Switchboard")
                .contains("OK      IMAP imap://127.0.0.1:" + bed.imapPort + " accepted the login of errands");
        assertThat(bed.cli("mail", "test", "--json").json().get("ok").asBoolean()).isTrue();

        for (ErrandTestBed.Result r : List.of(set, test)) {
            assertThat(r.out() + r.err()).doesNotContain(ErrandTestBed.PASSWORD);
        }
        assertThat(filesContaining(bed.dir, ErrandTestBed.PASSWORD)).as("database, settings, logs, vault").isEmpty();
    }

    @Test
    void aRefusedLoginIsReportedInWords() throws IOException {
        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "not-the-password");
        assertThat(set(wrong).exitCode()).isZero();
        ErrandTestBed.Result test = bed.cli("mail", "test", "--json");
        assertThat(test.exitCode()).isEqualTo(1);
        assertThat(test.json().get("imap").get("message").asText()).isEqualTo("The IMAP server imap://127.0.0.1:"
                + bed.imapPort + " refused the login while logging in: check the user and password (mail set …).");
        assertThat(test.json().get("smtp").get("ok").asBoolean()).isFalse();
        assertThat(test.out()).doesNotContain("not-the-password");
    }

    @Test
    void badMailSettingsAreNamed() {
        ForwardingTest.assertError(bed.cli("mail", "set", "--smtp", "http://mail.example", "--imap", "imap://x:143",
                "--user", "u", "--password-file", passwordFile.toString(), "--address", "a@city.example"),
                "--smtp 'http://mail.example' must start with smtp:// or smtps://");
        ForwardingTest.assertError(bed.cli("mail", "set", "--smtp", "smtp://x:587", "--imap", "imap://x:143/INBOX",
                "--user", "u", "--password-file", passwordFile.toString(), "--address", "a@city.example"),
                "--imap 'imap://x:143/INBOX' should hold only a host and a port");
        ForwardingTest.assertError(bed.cli("mail", "set", "--smtp", "smtp://x:587", "--imap", "imap://x:143",
                "--user", "u", "--address", "a@city.example"), "--password-env VAR or --password-file FILE");
        ForwardingTest.assertError(bed.cli("mail", "set", "--smtp", "smtp://x:587", "--imap", "imap://x:143",
                "--user", "u", "--password-env", "NO_SUCH_VARIABLE_4711", "--address", "a@city.example"),
                "NO_SUCH_VARIABLE_4711 is not set");
        ForwardingTest.assertError(bed.cli("mail", "set", "--smtp", "smtp://x:587", "--imap", "imap://x:143",
                "--user", "u", "--password-file", passwordFile.toString(), "--address", "nobody"),
                "--address 'nobody' is not an e-mail address");
        ForwardingTest.assertError(bed.cli("mail", "set", "--smtp", "smtp://x:99999", "--imap", "imap://x:143",
                "--user", "u", "--password-file", passwordFile.toString(), "--address", "a@city.example"),
                "smtp://x:99999");
        assertThat(bed.workspace().mail().settings()).as("nothing stored by a failed set").isEmpty();
    }

    @Test
    void forwardingByMailNeedsTheMailbox() {
        bed.workspace().demo().load();
        ForwardingTest.assertError(bed.cli("forward", "1", "--to", "roads"), "the errands mailbox is not set up yet");
        assertThat(bed.cli("forward", "1", "--to", "roads", "--via", "phone").exitCode()).isZero();
    }

    private ErrandTestBed.Result set(Path password) {
        return bed.cli("mail", "set", "--smtp", "smtp://127.0.0.1:" + bed.smtpPort, "--imap",
                "imap://127.0.0.1:" + bed.imapPort, "--user", ErrandTestBed.LOGIN, "--password-file", password.toString(),
                "--address", ErrandTestBed.MAILBOX);
    }

    private static List<Path> filesContaining(Path root, String secret) throws IOException {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> {
                try {
                    return indexOf(Files.readAllBytes(p), needle) >= 0;
                } catch (IOException e) {
                    return false;
                }
            }).toList();
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
