package org.switchboard.connect.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;

/**
 * The Mastodon payloads in {@code src/test/resources/fixtures/mastodon}: a {@code name.json} body and,
 * when present, {@code name.headers.txt} with the status line and headers it is answered with.
 */
final class Fixtures {
    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    static String text(String file) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/mastodon/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String name) {
        try {
            return JSON.readTree(text(name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture as an answer: its headers file decides status and headers, else 200 JSON. */
    static MockResponse response(String name) {
        return withHeaders(name, text(name + ".json"));
    }

    /** Another body under the named fixture's status line and headers. */
    static MockResponse withHeaders(String name, String body) {
        MockResponse.Builder b = new MockResponse.Builder();
        String headers = optionalText(name + ".headers.txt");
        if (headers == null) {
            b.code(200).addHeader("Content-Type", "application/json; charset=utf-8");
        } else {
            String[] lines = headers.split("\n");
            b.code(Integer.parseInt(lines[0].split(" ")[1]));
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    b.addHeader(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
                }
            }
        }
        return b.body(body).build();
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json; charset=utf-8")
                .body(body).build();
    }

    private static String optionalText(String file) {
        try {
            return text(file);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
