package org.switchboard.connect.http;

import java.io.IOException;
import java.io.InputStream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.switchboard.domain.mail.MailAttachment;
import org.switchboard.domain.port.RemoteFiles;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * Downloads a customer's photo for a dossier over the shared client: images only, never more than the
 * cap (the body is read up to one byte past it, whatever Content-Length claims). Blocks.
 */
public final class PhotoDownloads implements RemoteFiles {
    private final OkHttpClient client;

    public PhotoDownloads(OkHttpClient client) {
        this.client = client;
    }

    @Override
    public MailAttachment download(String url, long maxBytes) {
        HttpUrl target = HttpUrl.parse(url == null ? "" : url.strip());
        if (target == null) {
            throw new ConnectorException(Kind.CLIENT_ERROR, "'" + url + "' is not a web address");
        }
        try (Response r = client.newCall(new Request.Builder().url(target).get().build()).execute()) {
            if (!r.isSuccessful()) {
                throw new ConnectorException(r.code() >= 500 ? Kind.SERVER_ERROR : Kind.CLIENT_ERROR,
                        target.host() + " answered HTTP " + r.code(), null, r.code(), null);
            }
            String type = r.header("Content-Type", "");
            if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("image/")) {
                throw new ConnectorException(Kind.CLIENT_ERROR, "not an image (" + (type.isBlank() ? "no type" : type)
                        + ")");
            }
            if (r.body().contentLength() > maxBytes) {
                throw tooLarge(maxBytes);
            }
            byte[] data;
            try (InputStream in = r.body().byteStream()) {
                data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (data.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            String name = target.pathSegments().isEmpty() ? "photo" : target.pathSegments().getLast();
            return new MailAttachment(name.isBlank() ? "photo" : name, type.split(";")[0].strip(), data);
        } catch (IOException e) {
            throw new ConnectorException(Kind.NETWORK, "no connection to " + target.host(), null, 0, e);
        }
    }

    private static ConnectorException tooLarge(long max) {
        return new ConnectorException(Kind.CLIENT_ERROR, "larger than " + (max / (1024 * 1024)) + " MB");
    }
}
