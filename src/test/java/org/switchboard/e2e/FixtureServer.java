package org.switchboard.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A local stand-in for a platform: answers requests from the documented fixture payloads in
 * {@code src/test/resources/fixtures}, with their recorded status lines and headers. Routes are tried
 * in the order they were added; the first whose predicate matches answers (once or always).
 */
final class FixtureServer extends Dispatcher {
    private record Route(Predicate<RecordedRequest> when, MockResponse answer, boolean once) {}

    private final String platform;
    private final List<Route> routes = new ArrayList<>();
    final List<RecordedRequest> requests = new ArrayList<>();

    FixtureServer(String platform) {
        this.platform = platform;
    }

    synchronized FixtureServer always(Predicate<RecordedRequest> when, String fixture) {
        routes.add(new Route(when, response(fixture), false));
        return this;
    }

    synchronized FixtureServer once(Predicate<RecordedRequest> when, String fixture) {
        routes.add(new Route(when, response(fixture), true));
        return this;
    }

    static Predicate<RecordedRequest> get(String path) {
        return r -> r.getMethod().equals("GET") && r.getUrl().encodedPath().equals(path);
    }

    static Predicate<RecordedRequest> post(String path) {
        return r -> r.getMethod().equals("POST") && r.getUrl().encodedPath().equals(path);
    }

    static Predicate<RecordedRequest> query(String name, String value) {
        return r -> value.equals(r.getUrl().queryParameter(name));
    }

    static Predicate<RecordedRequest> noQuery(String name) {
        return r -> r.getUrl().queryParameter(name) == null;
    }

    /** Moves the last {@code n} routes to the front, so they win over earlier ones for the same request. */
    synchronized void prefer(int n) {
        List<Route> last = new ArrayList<>(routes.subList(routes.size() - n, routes.size()));
        routes.removeAll(last);
        routes.addAll(0, last);
    }

    synchronized long count(Predicate<RecordedRequest> which) {
        return requests.stream().filter(which).count();
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        for (Route r : routes) {
            if (r.when().test(request)) {
                if (r.once()) {
                    routes.remove(r);
                }
                return r.answer();
            }
        }
        return new MockResponse.Builder().code(404).addHeader("Content-Type", "application/json")
                .body("{\"error\":\"Record not found\"}").build();
    }

    /** The fixture's JSON with the status line and headers of its {@code .headers.txt}, if there is one. */
    private MockResponse response(String fixture) {
        MockResponse.Builder b = new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json");
        String headers = read(fixture.replace(".json", ".headers.txt"), true);
        if (headers != null) {
            List<String> lines = headers.lines().toList();
            b.code(Integer.parseInt(lines.getFirst().split(" ")[1]));
            for (String line : lines.subList(1, lines.size())) {
                int colon = line.indexOf(':');
                if (colon > 0 && !line.regionMatches(true, 0, "Content-Type", 0, 12)) {
                    b.addHeader(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
        }
        return b.body(read(fixture, false)).build();
    }

    private String read(String name, boolean optional) {
        try (InputStream in = FixtureServer.class.getResourceAsStream("/fixtures/" + platform + "/" + name)) {
            if (in == null) {
                if (optional) {
                    return null;
                }
                throw new IllegalArgumentException("no fixture " + platform + "/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
