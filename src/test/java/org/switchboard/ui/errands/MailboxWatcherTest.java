package org.switchboard.ui.errands;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.service.Workspace;
import org.switchboard.ui.forward.DemoErrands;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's IMAP IDLE watcher against GreenMail (which offers IDLE): an answer delivered while it waits is
 * applied without any periodic pass running (there is none in this test, and the watcher's own reconnect is
 * minutes away), and closing it ends the wait and its thread.
 */
class MailboxWatcherTest {
    private static final String MAILBOX = "errands@city.example";

    @TempDir
    Path dir;

    private GreenMail mail;
    private Workspace ws;
    private MailboxWatcher watcher;
    private final AtomicInteger reads = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        int smtp = freePort();
        int imap = freePort();
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        mail.setUser(MAILBOX, "errands", "pw-4711");
        ws = DemoErrands.openDemo(dir);
        ws.mail().set("smtp://127.0.0.1:" + smtp, "imap://127.0.0.1:" + imap, "errands", "pw-4711", MAILBOX);
        watcher = new MailboxWatcher(() -> ws.errandSync().openMailWaiter(), () -> {
            reads.incrementAndGet();
            ws.errandSync().runOnce();
        });
    }

    @AfterEach
    void close() {
        watcher.close();
        ws.close();
        mail.stop();
    }

    @Test
    void anAnswerDeliveredDuringIdleIsAppliedWithoutWaitingForAPoll() throws Exception {
        String first = ws.errands().forward(1, "roads", null, null, null).errand().ref().value();
        String second = ws.errands().forward(2, "roads", null, null, null).errand().ref().value();
        watcher.start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> watcher.state() == MailboxWatcher.State.IDLING
                && reads.get() == 1);

        deliver("<idle-1@rathaus.example>", "AW: [" + first + "] DONE", "Loch ist verfüllt.");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ws.errands().view(first).errand().status()
                == ErrandStatus.DONE);

        // the same connection keeps listening
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> watcher.state() == MailboxWatcher.State.IDLING
                && reads.get() == 2);
        deliver("<idle-2@rathaus.example>", "AW: [" + second + "] IN PROGRESS", "Kolonne kommt Donnerstag.");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ws.errands().view(second).errand().status()
                == ErrandStatus.IN_PROGRESS);
    }

    @Test
    void closingEndsTheWaitAndTheThread() throws Exception {
        watcher.start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> watcher.state() == MailboxWatcher.State.IDLING);
        watcher.close();
        assertThat(watcher.state()).isEqualTo(MailboxWatcher.State.STOPPED);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("sb-errands-mailbox-idle")
                && t.isAlive());
    }

    @Test
    void withoutAMailboxItWaitsQuietlyAndStillStops() throws Exception {
        MailboxWatcher none = new MailboxWatcher(java.util.Optional::empty, reads::incrementAndGet);
        none.start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> none.state() == MailboxWatcher.State.POLLING);
        none.close();
        assertThat(none.state()).isEqualTo(MailboxWatcher.State.STOPPED);
        assertThat(reads.get()).isZero();
    }

    private void deliver(String id, String subject, String body) throws Exception {
        String raw = "Message-ID: " + id + "\r\nFrom: Murat <murat.yilmaz@beispielstadt.example>\r\nTo: " + MAILBOX
                + "\r\nSubject: " + subject + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
        mail.getUserManager().getUserByEmail(MAILBOX).deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
