package org.switchboard.connect.http;

import java.util.Locale;

/**
 * Whether a host is this machine. Secrets (API keys, webhook paths) travel only over https — except to
 * this machine, where test servers and local relays speak plain http.
 */
public final class LocalAddresses {
    private LocalAddresses() {}

    public static boolean loopback(String host) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
    }
}
