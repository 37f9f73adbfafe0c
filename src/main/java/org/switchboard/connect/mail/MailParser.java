package org.switchboard.connect.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.connect.mastodon.MastodonText;
import org.switchboard.domain.mail.IncomingMail;
import org.switchboard.domain.mail.MailAttachment;

/**
 * A received MIME message as an {@link IncomingMail}: the decoded subject (RFC 2047), the plain-text
 * body (or the HTML body as text, ADR 0007), Message-ID, In-Reply-To and References, and the attached
 * files up to a size cap (a file over it is named in the text instead). Pure; any thread.
 */
final class MailParser {
    /** Largest file kept from one answer, and largest sum; more is named in the text, never silently lost. */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    static final int MAX_TOTAL_BYTES = 25 * 1024 * 1024;
    private static final Pattern ANGLE_ID = Pattern.compile("<[^<>\\s]+>");

    private MailParser() {}

    static IncomingMail parse(long uid, MimeMessage m) throws MessagingException, IOException {
        Body body = new Body();
        collect(m, body);
        String text = body.plain != null ? body.plain : body.html != null ? MastodonText.htmlToText(body.html) : "";
        if (!body.skipped.isEmpty()) {
            text = text + "\n\n" + String.join("\n", body.skipped);
        }
        InternetAddress from = firstAddress(m.getFrom());
        String subject = subject(m);
        String date = m.getSentDate() == null ? "" : m.getSentDate().toInstant().toString();
        String id = m.getMessageID();
        String messageId = id == null || id.isBlank() || id.length() > 500
                ? syntheticId(from == null ? "" : from.getAddress(), date, subject, id) : id.strip();
        return new IncomingMail(uid, messageId, from == null ? null : from.getAddress(),
                from == null ? null : from.getPersonal(), subject, text.strip(),
                firstId(m.getHeader("In-Reply-To", " ")), ids(m.getHeader("References", " ")),
                m.getSentDate() == null ? null : m.getSentDate().toInstant(), body.files, automatic(m));
    }

    /**
     * The header that says a machine sent the mail (RFC 3834 {@code Auto-Submitted} other than {@code no},
     * {@code X-Autoreply}, {@code X-Autorespond}, {@code Precedence: auto_reply|bulk|junk}), as written;
     * null when none does.
     */
    static String automatic(MimeMessage m) throws MessagingException {
        String submitted = m.getHeader("Auto-Submitted", ",");
        if (submitted != null && !submitted.isBlank() && !submitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return "Auto-Submitted: " + oneLine(submitted);
        }
        for (String header : new String[] {"X-Autoreply", "X-Autorespond"}) {
            String v = m.getHeader(header, ",");
            if (v != null && !v.isBlank() && !v.strip().equalsIgnoreCase("no")) {
                return header + ": " + oneLine(v);
            }
        }
        String precedence = m.getHeader("Precedence", ",");
        if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("auto_reply|bulk|junk")) {
            return "Precedence: " + oneLine(precedence);
        }
        return null;
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= 100 ? t : t.substring(0, 100) + "…";
    }

    /** The decoded subject; encoded words the strict decoder left alone (no space around them) are decoded too. */
    static String subject(MimeMessage m) throws MessagingException {
        String s = m.getSubject();
        if (s != null && s.contains("=?")) {
            try {
                s = MimeUtility.decodeText(s.replaceAll("\\?=(?=\\S)", "?= "));
            } catch (IOException | RuntimeException e) {
                // keep what the first decoding gave
            }
        }
        return s == null ? "" : s.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static void collect(Part p, Body body) throws MessagingException, IOException {
        String disposition = p.getDisposition();
        String name = fileName(p);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition) || (name != null && !p.isMimeType("text/*"));
        if (p.isMimeType("multipart/*") && p.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart child = mp.getBodyPart(i);
                collect(child, body);
            }
        } else if (!attachment && p.isMimeType("text/plain") && body.plain == null) {
            body.plain = String.valueOf(p.getContent());
        } else if (!attachment && p.isMimeType("text/html") && body.html == null) {
            body.html = String.valueOf(p.getContent());
        } else if (attachment || p.isMimeType("message/rfc822") || p.isMimeType("image/*")) {
            keep(p, name != null ? name : p.isMimeType("message/rfc822") ? "forwarded.eml" : "attachment", body);
        }
    }

    private static void keep(Part p, String name, Body body) throws MessagingException, IOException {
        byte[] data = read(p, MAX_FILE_BYTES + 1);
        if (data.length > MAX_FILE_BYTES || body.total + data.length > MAX_TOTAL_BYTES) {
            body.skipped.add("[File \"" + name + "\" was not kept: larger than Switchboard keeps from one mail.]");
            return;
        }
        body.total += data.length;
        String type = p.getContentType() == null ? null : p.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        body.files.add(new MailAttachment(name, type, data));
    }

    private static byte[] read(Part p, int limit) throws MessagingException, IOException {
        if (p.isMimeType("message/rfc822") && p.getContent() instanceof MimeMessage inner) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            inner.writeTo(out);
            return out.toByteArray();
        }
        try (InputStream in = p.getInputStream()) {
            return in.readNBytes(limit);
        }
    }

    private static String fileName(Part p) {
        try {
            String n = p.getFileName();
            return n == null ? null : MimeUtility.decodeText(n).strip();
        } catch (MessagingException | IOException | RuntimeException e) {
            return "attachment";
        }
    }

    private static InternetAddress firstAddress(Address[] addresses) {
        if (addresses == null) {
            return null;
        }
        for (Address a : addresses) {
            if (a instanceof InternetAddress ia) {
                return ia;
            }
        }
        return null;
    }

    private static String firstId(String header) {
        List<String> all = ids(header);
        return all.isEmpty() ? null : all.getFirst();
    }

    static List<String> ids(String header) {
        List<String> out = new ArrayList<>();
        if (header != null) {
            Matcher m = ANGLE_ID.matcher(header);
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** A stable id for a mail without one (so reading it again is recognised). */
    private static String syntheticId(String from, String date, String subject, String original) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((from + "\n" + date + "\n" + subject + "\n"
                    + (original == null ? "" : original)).getBytes(StandardCharsets.UTF_8));
            return "<no-id." + HexFormat.of().formatHex(hash, 0, 16) + "@switchboard.invalid>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static final class Body {
        String plain;
        String html;
        final List<MailAttachment> files = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        long total;
    }
}
