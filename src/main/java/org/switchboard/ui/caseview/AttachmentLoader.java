package org.switchboard.ui.caseview;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javafx.scene.image.Image;

/**
 * Fetches a photo when a person asks for it (never before: a remote image tells the sender that the
 * message was read, and may be large). One HTTP client for the window. Size-capped; decoded in the
 * background so the FX thread only shows the finished image.
 */
public final class AttachmentLoader implements AutoCloseable {
    private static final int MAX_BYTES = 20 * 1024 * 1024;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /** Downloads and decodes the image. Background thread only (network). */
    public Image load(String url) throws IOException, InterruptedException {
        if (!Links.web(url)) {
            throw new IOException("not a web address: " + url);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.strip()))
                .timeout(Duration.ofSeconds(30))
                .header("User-Agent", "Switchboard")
                .GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("the server answered " + response.statusCode());
            }
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException("the photo is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            Image image = new Image(new ByteArrayInputStream(bytes));
            if (image.isError()) {
                throw new IOException("the file is not a picture we can show");
            }
            return image;
        }
    }

    /** Releases the HTTP client. Any thread. */
    @Override
    public void close() {
        http.close();
    }
}
