package org.switchboard.domain;

/** One of a contact's handles on one platform (an e-mail address counts as a handle on {@code email}). */
public record Identity(long id, long contactId, Platform platform, String handle, String displayName, String url) {
    public Identity {
        Require.notNull(platform, "platform");
        Require.maxLength(Require.notBlank(handle, "handle"), 320, "handle");
        displayName = Require.blankToNull(displayName);
        url = Require.blankToNull(url);
    }
}
