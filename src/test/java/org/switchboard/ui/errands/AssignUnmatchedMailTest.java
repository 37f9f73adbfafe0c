package org.switchboard.ui.errands;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.ErrandEvent;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.service.Workspace;
import org.switchboard.service.errands.ErrandView;
import org.switchboard.ui.forward.DemoErrands;
import org.switchboard.ui.shell.SwitchboardApp;
import org.switchboard.ui.shell.UiLauncher;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An answer mail that named no reference is listed in the errands view and assigned by hand: picked in the
 * list, the reference typed, "Assign" — and it is applied as if it had matched (word, text, files). The
 * mail comes through a real IMAP server (GreenMail) and the real mailbox pass.
 */
class AssignUnmatchedMailTest {
    private static final String MAILBOX = "errands@city.example";

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private GreenMail mail;
    private Workspace ws;
    private Application app;
    private String ref;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void anUnmatchedAnswerInTheMailbox() throws Exception {
        int smtp = freePort();
        int imap = freePort();
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        mail.setUser(MAILBOX, "errands", "pw-4711");
        ws = DemoErrands.openDemo(dir);
        ws.mail().set("smtp://127.0.0.1:" + smtp, "imap://127.0.0.1:" + imap, "errands", "pw-4711", MAILBOX);
        ref = ws.errands().forward(DemoErrands.benchCase(ws), "parks", ErrandChannel.PHONE, null, "called the yard")
                .errand().ref().value();
        mail.getUserManager().getUserByEmail(MAILBOX).deliver(answerWithoutReference());
        assertThat(ws.errandSync().runOnce().unmatched()).isEqualTo(1);

        UiLauncher.Startup startup = new UiLauncher.Startup(dir, "en", d -> ws, "test");
        app = FxToolkit.setupApplication(() -> new SwitchboardApp(startup));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#queue-list").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        ws.close();
        mail.stop();
    }

    @Test
    void pickingTheMailAndTypingTheReferenceAppliesItAsAnAnswer() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#errands-unmatched").tryQuery()
                .map(l -> ((ListView<?>) l).getItems().size() == 1).orElse(false));
        assertThat(robot.lookup("#errands-assign").queryButton().isDisabled()).as("nothing chosen yet").isTrue();
        robot.clickOn("#errands-unmatched .list-cell");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#errands-unmatched-text").queryTextInputControl().getText())
                .contains("neue Latten montiert").contains("<b>kein HTML</b>");
        robot.clickOn("#errands-assign-ref");
        robot.targetWindow(robot.lookup("#errands-assign").query().getScene().getWindow());
        robot.write(ref.toLowerCase());
        robot.clickOn("#errands-assign");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#errands-unmatched").tryQuery()
                .map(l -> ((ListView<?>) l).getItems().isEmpty()).orElse(false));
        assertThat(robot.lookup("#errands-assign-notice").queryLabeled().getText()).contains(ref);
        ErrandView v = ws.errands().view(ref);
        assertThat(v.errand().status()).isEqualTo(ErrandStatus.DONE);
        ErrandView.Step done = v.timeline().getLast();
        assertThat(done.event().type()).isEqualTo(ErrandEvent.Type.DONE);
        assertThat(done.event().note()).contains("neue Latten montiert");
        assertThat(done.event().by()).contains("b.kraemer@gruen.city.example");
        assertThat(done.files()).containsExactly("bank-repariert.png");
        assertThat(ws.errands().unmatched()).isEmpty();
    }

    @Test
    void anUnknownReferenceIsRefusedInWordsAndTheMailStays() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#errands-unmatched").tryQuery()
                .map(l -> ((ListView<?>) l).getItems().size() == 1).orElse(false));
        robot.clickOn("#errands-unmatched .list-cell");
        robot.clickOn("#errands-assign-ref");
        robot.targetWindow(robot.lookup("#errands-assign").query().getScene().getWindow());
        robot.write("SB-2026-999999");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#errands-assign-notice").queryLabeled()
                .getText().startsWith("Not assigned"));
        assertThat(robot.lookup("#errands-assign-notice").queryLabeled().getText()).contains("SB-2026-999999");
        assertThat(ws.errands().unmatched()).hasSize(1);
    }

    private static MimeMessage answerWithoutReference() throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("b.kraemer@gruen.city.example", "Björn Krämer"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
        m.setSubject("Bank im Rosengarten", "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("ERLEDIGT\nBank repariert, neue Latten montiert. <b>kein HTML</b>\n\nGruß, Björn", "UTF-8");
        MimeBodyPart photo = new MimeBodyPart();
        photo.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(new byte[] {(byte) 0x89, 'P',
                'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, "image/png")));
        photo.setFileName("bank-repariert.png");
        m.setContent(new MimeMultipart(text, photo));
        m.setHeader("Message-ID", "<antwort-ohne-zeichen.1@gruen.city.example>");
        m.saveChanges();
        m.setHeader("Message-ID", "<antwort-ohne-zeichen.1@gruen.city.example>");
        return m;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
