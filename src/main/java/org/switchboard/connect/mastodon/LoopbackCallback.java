package org.switchboard.connect.mastodon;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one-shot web address on this computer ({@code http://127.0.0.1:<port>/callback}) that the browser
 * is sent back to after the person approved Switchboard on their Mastodon server. It listens on the
 * loopback interface only, on a port the system picks, accepts only the answer carrying the expected
 * {@code state} (anything else could be another web page trying to slip in its own code), and tells the
 * browser in a short plain-text page that it may be closed. Closing stops the listener.
 */
final class LoopbackCallback implements AutoCloseable {
    static final String PATH = "/callback";

    /** What came back: a code, or the error Mastodon named (e.g. access_denied). */
    record Answer(String code, String error, String errorDescription) {
        @Override
        public String toString() {
            return "Answer[code=" + (code == null ? "none" : "…") + ", error=" + error + "]";
        }
    }

    private final HttpServer server;
    private final String expectedState;
    private final CompletableFuture<Answer> answer = new CompletableFuture<>();

    private LoopbackCallback(HttpServer server, String expectedState) {
        this.server = server;
        this.expectedState = expectedState;
    }

    static LoopbackCallback start(String expectedState) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        LoopbackCallback callback = new LoopbackCallback(server, expectedState);
        server.createContext(PATH, callback::handle);
        server.start();
        return callback;
    }

    URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** Waits for the browser; interruptible. */
    Answer await(Duration timeout) throws InterruptedException, TimeoutException {
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                respond(exchange, 405, "Switchboard expects the browser to come back with a GET request.");
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            if (!matchesState(query.get("state"))) {
                respond(exchange, 400, "This answer does not belong to the sign-in Switchboard started. "
                        + "Please start connecting the account again in Switchboard.\n\n"
                        + "Diese Antwort gehört nicht zur Anmeldung, die Switchboard begonnen hat. "
                        + "Bitte verbinden Sie das Konto in Switchboard erneut.");
                return;
            }
            if (answer.isDone()) {
                respond(exchange, 409, "Switchboard has already received this sign-in. You can close this tab.\n\n"
                        + "Switchboard hat diese Anmeldung schon erhalten. Sie können diesen Tab schließen.");
                return;
            }
            String code = query.get("code");
            if (code == null || code.isBlank()) {
                answer.complete(new Answer(null, query.getOrDefault("error", "no_code"), query.get("error_description")));
                respond(exchange, 200, "Switchboard was not connected to Mastodon. You can close this tab.\n\n"
                        + "Switchboard wurde nicht mit Mastodon verbunden. Sie können diesen Tab schließen.");
                return;
            }
            answer.complete(new Answer(code, null, null));
            respond(exchange, 200, "Switchboard is connected to Mastodon. You can close this tab and return to "
                    + "Switchboard.\n\nSwitchboard ist mit Mastodon verbunden. Sie können diesen Tab schließen und "
                    + "zu Switchboard zurückkehren.");
        }
    }

    private boolean matchesState(String state) {
        return state != null && MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                expectedState.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return ""; // a broken escape is no valid code or state
        }
    }
}
