package org.switchboard.connect.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.switchboard.domain.mail.MailException;
import org.switchboard.domain.mail.MailLogin;
import org.switchboard.domain.mail.OutgoingMail;
import org.switchboard.domain.port.MailSender;

/** Sends mail through the errands mailbox's SMTP server. Thread-safe; blocks, so background threads only. */
public final class SmtpMailSender implements MailSender {
    private final Clock clock;

    public SmtpMailSender(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void send(MailLogin login, OutgoingMail mail) {
        Session session = MailSessions.session(login.server());
        boolean handedOver = false;
        try {
            MimeMessage msg = MimeMessages.build(session, mail, Date.from(clock.instant()));
            try (Transport t = session.getTransport(MailSessions.protocol(login.server()))) {
                t.connect(login.server().host(), login.server().port(), login.user(), login.password());
                handedOver = true;
                t.sendMessage(msg, msg.getAllRecipients());
            }
        } catch (MessagingException e) {
            MailException failure = MailSessions.failure(login.server(), "sending to " + String.join(", ", mail.to()), e);
            // connected, then no clear answer (no SMTP reply code: the connection ended, e.g. after DATA): the
            // server may have taken the mail
            boolean unclear = handedOver && (failure.kind() == MailException.Kind.UNREACHABLE
                    || failure.kind() == MailException.Kind.FAILED
                    || failure.kind() == MailException.Kind.REJECTED && MailSessions.smtpRefusal(e).code() <= 0);
            throw unclear ? new MailException(failure.kind(), failure.getMessage(), e, true) : failure;
        }
    }

    @Override
    public String check(MailLogin login) {
        Session session = MailSessions.session(login.server());
        try (Transport t = session.getTransport(MailSessions.protocol(login.server()))) {
            t.connect(login.server().host(), login.server().port(), login.user(), login.password());
            String last = t instanceof SMTPTransport smtp ? smtp.getLastServerResponse() : null;
            return "SMTP " + login.server().url() + " greeted Switchboard and accepted the login of " + login.user()
                    + (last == null || last.isBlank() ? "" : " (\"" + last.strip() + "\")") + ".";
        } catch (MessagingException e) {
            throw MailSessions.failure(login.server(), "logging in", e);
        }
    }
}
