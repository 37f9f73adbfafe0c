package org.switchboard.domain.mail;

import org.switchboard.domain.Require;

/** A file in a mail: a photo in a dossier, a document in a colleague's answer. */
public record MailAttachment(String name, String contentType, byte[] data) {
    public MailAttachment {
        name = Require.blankToNull(name) == null ? "attachment" : name.strip();
        contentType = Require.blankToNull(contentType) == null ? "application/octet-stream" : contentType.strip();
        Require.notNull(data, "attachment data");
    }

    public int size() {
        return data.length;
    }

    @Override
    public String toString() {
        return name + " (" + contentType + ", " + data.length + " bytes)";
    }
}
