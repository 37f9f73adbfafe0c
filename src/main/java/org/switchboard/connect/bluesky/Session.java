package org.switchboard.connect.bluesky;

/**
 * A Bluesky login: who we are ({@code did}, {@code handle}) and the two tokens. This is also the JSON
 * kept in the keychain. The tokens are secrets: {@link #toString()} leaves them out so a stray log
 * line cannot leak them.
 */
record Session(String did, String handle, String accessJwt, String refreshJwt) {

    boolean complete() {
        return did != null && !did.isBlank() && accessJwt != null && !accessJwt.isBlank()
                && refreshJwt != null && !refreshJwt.isBlank();
    }

    @Override
    public String toString() {
        return "Session[did=" + did + ", handle=" + handle + ", tokens hidden]";
    }
}
