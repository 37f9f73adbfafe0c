package org.switchboard.connect.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * The one HTTP client of the application and the way every connector calls a platform: budget check
 * before sending (never inside an announced rate-limit window), typed failures, JSON parsing tolerant
 * of unknown fields, and retries with exponential backoff and jitter for idempotent requests only —
 * a POST is never repeated silently. Thread-safe; blocks, so background threads only.
 */
public final class Http {
    private static final Logger LOG = LoggerFactory.getLogger(Http.class);
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
    /** Largest response body read; more is hostile or broken. */
    static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

    private final OkHttpClient client;
    private final ObjectMapper json;
    private final RateGovernor governor;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Backoff backoff;
    private final Duration maxWait;
    private final int maxAttempts;

    public Http(OkHttpClient client, RateGovernor governor, Clock clock, Sleeper sleeper, Backoff backoff,
                Duration maxWait, int maxAttempts) {
        this.client = client;
        this.json = mapper();
        this.governor = governor;
        this.clock = clock;
        this.sleeper = sleeper;
        this.backoff = backoff;
        this.maxWait = maxWait;
        this.maxAttempts = maxAttempts;
    }

    /** The application's client: time-outs, user agent {@code Switchboard/<version>}, no silent retries. */
    public static OkHttpClient newClient(String version) {
        String agent = "Switchboard/" + version;
        return new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                .callTimeout(90, TimeUnit.SECONDS)
                .retryOnConnectionFailure(false)
                .followRedirects(true)
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("User-Agent", agent).build()))
                .build();
    }

    /** The JSON mapper for platform payloads: unknown fields are ignored (platforms add fields all the time). */
    public static ObjectMapper mapper() {
        return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public ObjectMapper json() {
        return json;
    }

    public RateGovernor governor() {
        return governor;
    }

    public Clock clock() {
        return clock;
    }

    /** A JSON answer with its headers. */
    public record Reply(int status, JsonNode body, okhttp3.Headers headers) {}

    /**
     * Sends {@code request} under budget {@code budgetKey} and returns the parsed JSON answer.
     *
     * @throws ConnectorException typed; RATE_LIMITED without sending when the budget is blocked for
     *         longer than the allowed wait
     */
    public Reply send(String budgetKey, Request request, PlatformRules rules) {
        boolean idempotent = IDEMPOTENT.contains(request.method());
        int attempts = idempotent ? maxAttempts : 1;
        ConnectorException last = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            if (attempt > 0) {
                pause(backoff.delay(attempt - 1), rules);
            }
            waitForBudget(budgetKey, rules);
            try {
                return once(budgetKey, request, rules);
            } catch (ConnectorException e) {
                if (!HttpFailures.retryable(e) || attempt == attempts - 1) {
                    throw e;
                }
                last = e;
                LOG.info("{} {} failed ({}), retrying", rules.platformName(), safe(request), e.getMessage());
            }
        }
        throw last;
    }

    private Reply once(String budgetKey, Request request, PlatformRules rules) {
        governor.sent(budgetKey);
        try (Response response = client.newCall(request).execute()) {
            Instant now = clock.instant();
            RateState rate = rules.rateState(response.headers(), now);
            governor.record(budgetKey, rate);
            JsonNode body = parse(response, rules);
            ConnectorException failure = rules.failure(response.code(), body, response.headers(), now);
            if (failure != null) {
                if (failure.kind() == Kind.RATE_LIMITED && failure.retryAt() != null) {
                    governor.block(budgetKey, failure.retryAt());
                }
                throw failure;
            }
            if (body == null) {
                throw new ConnectorException(Kind.MALFORMED, rules.platformName() + " answered " + safe(request)
                        + " with an empty or unreadable body.", null, response.code(), null);
            }
            return new Reply(response.code(), body, response.headers());
        } catch (InterruptedIOException e) {
            throw new ConnectorException(Kind.NETWORK, rules.platformName() + " did not answer in time ("
                    + safe(request) + ").", null, 0, e);
        } catch (IOException e) {
            throw new ConnectorException(Kind.NETWORK, "No connection to " + rules.platformName() + " ("
                    + request.url().host() + "): " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()) + ".", null, 0, e);
        }
    }

    private JsonNode parse(Response response, PlatformRules rules) throws IOException {
        ResponseBody body = response.body();
        if (body.contentLength() > MAX_BODY_BYTES) {
            throw new ConnectorException(Kind.MALFORMED, rules.platformName() + " sent a response of "
                    + body.contentLength() + " bytes; Switchboard reads at most " + MAX_BODY_BYTES + ".");
        }
        var source = body.source();
        source.request(MAX_BODY_BYTES + 1);
        if (source.getBuffer().size() > MAX_BODY_BYTES) {
            throw new ConnectorException(Kind.MALFORMED, rules.platformName() + " sent a response larger than "
                    + MAX_BODY_BYTES + " bytes.");
        }
        String text = body.string();
        if (text.isBlank()) {
            return response.isSuccessful() ? MissingNode.getInstance() : null;
        }
        try {
            return json.readTree(text);
        } catch (IOException e) {
            if (!response.isSuccessful()) {
                return null; // the status decides; an HTML error page is not worth more
            }
            throw new ConnectorException(Kind.MALFORMED, rules.platformName() + " sent an answer that is not valid "
                    + "JSON (" + HttpFailures.clip(firstLine(e.getMessage())) + ").", null, response.code(), e);
        }
    }

    private void waitForBudget(String key, PlatformRules rules) {
        Duration wait = governor.delayBefore(key);
        if (wait.isZero() || wait.isNegative()) {
            return;
        }
        if (wait.compareTo(maxWait) > 0) {
            throw HttpFailures.rateLimited(rules.platformName(), clock.instant().plus(wait), 0);
        }
        pause(wait, rules);
    }

    private void pause(Duration d, PlatformRules rules) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(Kind.NETWORK, "Waiting for " + rules.platformName() + " was interrupted.",
                    null, 0, e);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "unreadable" : s.lines().findFirst().orElse(s);
    }

    /** Method, host and path only: query strings may hold tokens (Graph's access_token). */
    static String safe(Request r) {
        return r.method() + " " + r.url().host() + r.url().encodedPath();
    }
}
