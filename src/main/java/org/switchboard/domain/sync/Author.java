package org.switchboard.domain.sync;

import org.switchboard.domain.Require;

/** Who wrote an inbound item, as the platform names them. {@code handle} is stable (acct, DID/handle, id). */
public record Author(String handle, String displayName, String profileUrl) {
    public Author {
        Require.notBlank(handle, "author handle");
        displayName = Require.blankToNull(displayName);
        profileUrl = Require.blankToNull(profileUrl);
    }

    /** The name to show: the display name, else the handle. */
    public String name() {
        return displayName != null ? displayName : handle;
    }
}
