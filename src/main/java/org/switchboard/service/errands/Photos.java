package org.switchboard.service.errands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.switchboard.domain.Attachment;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Message;
import org.switchboard.domain.mail.MailAttachment;
import org.switchboard.domain.port.RemoteFiles;
import org.switchboard.domain.sync.ConnectorException;

/**
 * Fetches the customer's photos for a dossier, within caps: at most {@value #MAX_PHOTOS} photos, each up
 * to 5 MB and 15 MB together, so a dossier stays deliverable by ordinary mail servers. A photo that cannot
 * be fetched or is over the cap is linked instead, with the reason. Background threads only (network).
 */
final class Photos {
    static final int MAX_PHOTOS = 10;
    static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 15L * 1024 * 1024;

    /** A fetched photo, or why it was not attached. */
    record Result(MailAttachment file, String problem) {}

    private final RemoteFiles files;

    Photos(RemoteFiles files) {
        this.files = files;
    }

    /** Results by attachment URL, for the photos on the customer's messages (http and https only). */
    Map<String, Result> fetch(List<Message> conversation) {
        Map<String, Result> out = new LinkedHashMap<>();
        long total = 0;
        int attached = 0;
        for (Message m : conversation) {
            if (m.direction() != Direction.IN) {
                continue;
            }
            for (Attachment a : m.attachments()) {
                String url = a.url();
                String lower = url.toLowerCase(Locale.ROOT);
                if (out.containsKey(url) || !(lower.startsWith("https://") || lower.startsWith("http://"))
                        || !isPhoto(a)) {
                    continue;
                }
                if (out.size() >= MAX_PHOTOS) {
                    out.put(url, new Result(null, "more than " + MAX_PHOTOS + " photos"));
                    continue;
                }
                long room = Math.min(MAX_PHOTO_BYTES, MAX_TOTAL_BYTES - total);
                try {
                    MailAttachment file = files.download(url, room);
                    total += file.size();
                    out.put(url, new Result(unique(file, ++attached), null));
                } catch (ConnectorException e) {
                    out.put(url, new Result(null, e.getMessage()));
                }
            }
        }
        return out;
    }

    private static boolean isPhoto(Attachment a) {
        return a.type().toLowerCase(Locale.ROOT).startsWith("image") || a.type().equalsIgnoreCase("photo");
    }

    /** Numbered names, so two photos called image.jpg stay apart in the mail. */
    private static MailAttachment unique(MailAttachment f, int n) {
        return new MailAttachment(n + "-" + f.name(), f.contentType(), f.data());
    }
}
