package org.switchboard.connect.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.switchboard.domain.mail.MailAttachment;
import org.switchboard.domain.mail.OutgoingMail;

/**
 * Builds the MIME form of an outgoing mail: {@code multipart/alternative} (plain text, then HTML) inside
 * {@code multipart/mixed} when files come along, UTF-8 throughout, and our own Message-ID kept instead of
 * the one Jakarta Mail would invent.
 */
final class MimeMessages {
    private MimeMessages() {}

    static MimeMessage build(Session session, OutgoingMail mail, Date sentAt) throws MessagingException {
        MimeMessage msg = new OwnIdMessage(session, mail.messageId());
        try {
            msg.setFrom(new InternetAddress(mail.from(), mail.fromName(), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        msg.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(", ", mail.to()), true));
        if (mail.replyTo() != null) {
            msg.setReplyTo(InternetAddress.parse(mail.replyTo(), true));
        }
        msg.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.inReplyTo() != null) {
            msg.setHeader("In-Reply-To", oneLine(mail.inReplyTo()));
        }
        if (mail.references() != null) {
            msg.setHeader("References", oneLine(mail.references()));
        }
        msg.setSentDate(sentAt);
        MimeMultipart body = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        body.addBodyPart(text);
        if (mail.html() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            body.addBodyPart(html);
        }
        if (mail.attachments().isEmpty()) {
            msg.setContent(body);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart main = new MimeBodyPart();
            main.setContent(body);
            mixed.addBodyPart(main);
            for (MailAttachment a : mail.attachments()) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(a.data(), a.contentType())));
                file.setFileName(a.name());
                file.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(file);
            }
            msg.setContent(mixed);
        }
        msg.saveChanges();
        return msg;
    }

    /** A header value from stored text: no line breaks (a header cannot be smuggled in). */
    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ").strip();
    }

    /** Keeps the Message-ID we chose (answers are matched by it), or lets Jakarta Mail choose one. */
    private static final class OwnIdMessage extends MimeMessage {
        private final String messageId;

        OwnIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (messageId == null) {
                super.updateMessageID();
            } else {
                setHeader("Message-ID", messageId);
            }
        }
    }
}
