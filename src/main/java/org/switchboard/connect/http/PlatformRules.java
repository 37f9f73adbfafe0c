package org.switchboard.connect.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import okhttp3.Headers;
import org.switchboard.domain.sync.ConnectorException;

/** How one platform signals its budget and its errors. */
public interface PlatformRules {
    /** The platform's name in messages ("Mastodon"). */
    String platformName();

    RateState rateState(Headers headers, Instant now);

    /**
     * The typed failure for this answer, or null when it is a success. Meta puts errors (and throttling)
     * into 4xx bodies with error codes; Bluesky reports an expired token as 400 ExpiredToken.
     */
    ConnectorException failure(int status, JsonNode body, Headers headers, Instant now);
}
