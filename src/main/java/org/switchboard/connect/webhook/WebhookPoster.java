package org.switchboard.connect.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.switchboard.connect.http.LocalAddresses;
import org.switchboard.domain.ErrandCard;
import org.switchboard.domain.port.WebhookSender;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * Posts an errand as a simple message card to a Teams or Slack incoming webhook: Teams reads
 * {@code @type MessageCard} with {@code title} and {@code text}, Slack reads {@code text}; both get the
 * same facts as lines. {@code & < >} are escaped, so a customer's text cannot ping a whole channel
 * ({@code <!channel>}). A webhook URL's path is its secret: messages name only the host. Blocks.
 */
public final class WebhookPoster implements WebhookSender {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private final OkHttpClient client;
    private final ObjectMapper mapper = new ObjectMapper();

    public WebhookPoster(OkHttpClient client) {
        this.client = client;
    }

    @Override
    public void post(String url, ErrandCard card) {
        HttpUrl target = HttpUrl.parse(url == null ? "" : url.strip());
        if (target == null || !target.isHttps() && !LocalAddresses.loopback(target.host())) {
            throw new ConnectorException(Kind.CLIENT_ERROR, "The unit's webhook address is not an https:// address; "
                    + "fix webhook_url in the directory.");
        }
        String body = body(card);
        Request request = new Request.Builder().url(target).post(RequestBody.create(body, JSON)).build();
        try (Response r = client.newCall(request).execute()) {
            if (r.code() >= 500) {
                throw new ConnectorException(Kind.SERVER_ERROR, "The webhook at " + target.host() + " failed with HTTP "
                        + r.code() + ".", null, r.code(), null);
            }
            if (r.code() >= 400) {
                throw new ConnectorException(Kind.CLIENT_ERROR, "The webhook at " + target.host() + " refused the "
                        + "message (HTTP " + r.code() + "); check the unit's webhook_url.", null, r.code(), null);
            }
        } catch (IOException e) {
            throw new ConnectorException(Kind.NETWORK, "No connection to the webhook at " + target.host() + ": "
                    + e.getClass().getSimpleName() + ".", null, 0, e);
        }
    }

    String body(ErrandCard card) {
        StringBuilder text = new StringBuilder(escape(card.text()));
        for (ErrandCard.Fact f : card.facts()) {
            text.append(text.isEmpty() ? "" : "\n\n").append("**").append(escape(f.label())).append(":** ")
                    .append(escape(f.value()));
        }
        ObjectNode o = mapper.createObjectNode();
        o.put("@type", "MessageCard");
        o.put("@context", "https://schema.org/extensions");
        o.put("summary", card.title());
        o.put("title", escape(card.title()));
        o.put("text", text.toString());
        return o.toString();
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
