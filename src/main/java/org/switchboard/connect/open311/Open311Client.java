package org.switchboard.connect.open311;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.switchboard.connect.http.LocalAddresses;
import org.switchboard.domain.Open311Receipt;
import org.switchboard.domain.Open311Request;
import org.switchboard.domain.Open311Status;
import org.switchboard.domain.port.Open311Gateway;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * GeoReport v2 {@code POST <endpoint>/requests.json} (PLATFORM-APIS §8): form-encoded, answered with an
 * array holding a {@code service_request_id} or, for batch services, a {@code token}; errors are an
 * array of {@code {code, description}} whose words are passed on. Ids may come as numbers ({@code 001}):
 * read as text. The API key travels only over https (or to this machine) and is never in a message.
 * The shared client never repeats a POST by itself. Blocks: background threads only.
 */
public final class Open311Client implements Open311Gateway {
    private final OkHttpClient client;
    private final ObjectMapper mapper = new ObjectMapper();

    public Open311Client(OkHttpClient client) {
        this.client = client;
    }

    @Override
    public Open311Receipt submit(Open311Request req) {
        HttpUrl url = url(req.endpoint(), "requests.json");
        FormBody.Builder form = new FormBody.Builder();
        if (req.apiKey() != null) {
            form.add("api_key", req.apiKey());
        }
        form.add("service_code", req.serviceCode());
        if (req.lat() != null && req.lon() != null) {
            form.add("lat", req.lat().toString()).add("long", req.lon().toString());
        }
        form.add("description", req.description());
        add(form, "media_url", req.mediaUrl());
        add(form, "email", req.email());
        add(form, "first_name", req.firstName());
        Request request = new Request.Builder().url(url).post(form.build()).header("Accept", "application/json").build();
        try (Response r = client.newCall(request).execute()) {
            String text = r.body().string();
            JsonNode body = parse(text);
            if (!r.isSuccessful()) {
                throw failure(url.host(), r.code(), body);
            }
            JsonNode first = body != null && body.isArray() && !body.isEmpty() ? body.get(0) : body;
            if (first == null || !first.isObject()) {
                throw new ConnectorException(Kind.MALFORMED, "The Open311 server at " + url.host() + " answered "
                        + "without a service request.", null, r.code(), null);
            }
            return new Open311Receipt(text(first, "service_request_id"), text(first, "token"),
                    text(first, "service_notice"));
        } catch (IOException e) {
            throw new ConnectorException(Kind.NETWORK, "No connection to the Open311 server at " + url.host() + ": "
                    + e.getClass().getSimpleName() + ".", null, 0, e);
        }
    }

    @Override
    public Optional<String> requestIdOfToken(String endpoint, String token) {
        HttpUrl url = url(endpoint, "tokens/" + token + ".json");
        JsonNode body = get(url);
        JsonNode first = body != null && body.isArray() && !body.isEmpty() ? body.get(0) : body;
        return Optional.ofNullable(first == null ? null : text(first, "service_request_id"));
    }

    @Override
    public List<Open311Status> statuses(String endpoint, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        HttpUrl url = url(endpoint, "requests.json").newBuilder()
                .addQueryParameter("service_request_id", String.join(",", ids)).build();
        JsonNode body = get(url);
        if (body == null || !body.isArray()) {
            throw new ConnectorException(Kind.MALFORMED, "The Open311 server at " + url.host() + " answered the "
                    + "status query without a list of service requests.", null, 200, null);
        }
        List<Open311Status> out = new ArrayList<>();
        for (JsonNode n : body) {
            String id = text(n, "service_request_id");
            if (id != null) {
                out.add(new Open311Status(id, text(n, "status"), text(n, "status_notes"),
                        text(n, "agency_responsible")));
            }
        }
        return out;
    }

    /** A GET without the API key: GeoReport v2 asks for it only when creating a request. */
    private JsonNode get(HttpUrl url) {
        Request request = new Request.Builder().url(url).get().header("Accept", "application/json").build();
        try (Response r = client.newCall(request).execute()) {
            JsonNode body = parse(r.body().string());
            if (!r.isSuccessful()) {
                throw failure(url.host(), r.code(), body, "status query");
            }
            return body;
        } catch (IOException e) {
            throw new ConnectorException(Kind.NETWORK, "No connection to the Open311 server at " + url.host() + ": "
                    + e.getClass().getSimpleName() + ".", null, 0, e);
        }
    }

    private static HttpUrl url(String endpoint, String path) {
        String base = endpoint == null ? "" : endpoint.strip().replaceAll("/+$", "");
        HttpUrl url = HttpUrl.parse(base + "/" + path);
        if (url == null || !url.isHttps() && !LocalAddresses.loopback(url.host())) {
            throw new ConnectorException(Kind.CLIENT_ERROR, "The Open311 endpoint '" + endpoint + "' is not an "
                    + "https:// address; fix open311_endpoint in the directory.");
        }
        return url;
    }

    private ConnectorException failure(String host, int status, JsonNode body) {
        return failure(host, status, body, "service request");
    }

    private ConnectorException failure(String host, int status, JsonNode body, String what) {
        List<String> words = new ArrayList<>();
        if (body != null && body.isArray()) {
            body.forEach(e -> {
                String d = text(e, "description");
                String c = text(e, "code");
                if (d != null) {
                    words.add(c == null ? d : c + ": " + d);
                }
            });
        }
        String detail = words.isEmpty() ? "" : " (" + String.join("; ", words) + ")";
        Kind kind = status == 403 || status == 401 ? Kind.PERMISSION : status >= 500 ? Kind.SERVER_ERROR
                : Kind.CLIENT_ERROR;
        return new ConnectorException(kind, "The Open311 server at " + host + " refused the " + what + " with HTTP "
                + status + detail + ".", null, status, null);
    }

    private JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? null : mapper.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static void add(FormBody.Builder form, String name, String value) {
        if (value != null) {
            form.add(name, value);
        }
    }
}
