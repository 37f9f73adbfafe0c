package org.switchboard.domain;

/** A photo, video or file on a message. Only recorded: remote content loads when a person asks for it. */
public record Attachment(String type, String url, String name) {
    public Attachment {
        type = Require.blankToNull(type) == null ? "file" : type.strip();
        Require.maxLength(Require.notBlank(url, "attachment url"), 4000, "attachment url");
        name = Require.blankToNull(name);
    }
}
