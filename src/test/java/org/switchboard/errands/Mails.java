package org.switchboard.errands;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a received mail holds: its text and HTML parts, its files and its one-click answers. */
final class Mails {
    private Mails() {}

    static String text(MimeMessage m) throws Exception {
        return part(m, "text/plain");
    }

    static String html(MimeMessage m) throws Exception {
        return part(m, "text/html");
    }

    /** File name → bytes of every attachment. */
    static Map<String, byte[]> files(MimeMessage m) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        collectFiles(m, out);
        return out;
    }

    /** The subjects of the dossier's mailto answer links, in order. */
    static List<String> answerSubjects(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("mailto:[^?\\s]+\\?subject=(\\S+)").matcher(text);
        while (m.find()) {
            out.add(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String part(Part p, String type) throws Exception {
        if (p.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
            return String.valueOf(p.getContent());
        }
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                String found = part(mp.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void collectFiles(Part p, Map<String, byte[]> out) throws Exception {
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart child = mp.getBodyPart(i);
                collectFiles(child, out);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
            try (InputStream in = p.getInputStream()) {
                out.put(p.getFileName(), in.readAllBytes());
            }
        }
    }
}
