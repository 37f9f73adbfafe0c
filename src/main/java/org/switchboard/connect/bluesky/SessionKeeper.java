package org.switchboard.connect.bluesky;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.connect.bluesky.XrpcClient.Budget;
import org.switchboard.domain.port.SecretStore;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * Keeps one account's Bluesky session: loads it from the keychain, logs in with the app password only
 * when there is none (createSession allows 30 logins per 5 minutes and 300 a day), refreshes it when
 * the access token is refused and stores every new token pair (refresh tokens rotate). Thread-safe:
 * renewing is serialised, so two streams never spend the same refresh token twice.
 */
final class SessionKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(SessionKeeper.class);

    private final XrpcClient xrpc;
    private final SecretStore secrets;
    private final String passwordKey;
    private final String sessionKey;
    private final String identifier;
    private final String accountName;
    private final ReentrantLock lock = new ReentrantLock();
    private Session cached; // guarded by lock

    SessionKeeper(XrpcClient xrpc, SecretStore secrets, String passwordKey, String identifier, String accountName) {
        this.xrpc = xrpc;
        this.secrets = secrets;
        this.passwordKey = passwordKey;
        this.sessionKey = passwordKey + "/session";
        this.identifier = identifier;
        this.accountName = accountName;
    }

    /**
     * Runs {@code request} with the current session; when Bluesky refuses the token, renews the session
     * and runs it once more. Repeating a POST here is safe: a refused token stops the request before
     * the server acts on it.
     */
    <T> T call(Function<Session, T> request) {
        Session used = current();
        try {
            return request.apply(used);
        } catch (XrpcException e) {
            if (!e.tokenRefused()) {
                throw e;
            }
            Session renewed = renew(used);
            try {
                return request.apply(renewed);
            } catch (XrpcException again) {
                if (!again.tokenRefused()) {
                    throw again;
                }
                forget(); // the next call logs in afresh instead of reusing a session Bluesky refuses
                throw reconnect(again, "still refuses the renewed session");
            }
        }
    }

    /** The session to use: the cached one, else the stored one, else a new login. */
    Session current() {
        lock.lock();
        try {
            if (cached == null) {
                cached = stored().orElseGet(this::login);
            }
            return cached;
        } finally {
            lock.unlock();
        }
    }

    boolean hasPassword() {
        return secrets.get(passwordKey).filter(p -> !p.isBlank()).isPresent();
    }

    /** Logs in with the app password and stores the new session (also how {@code verify} checks it). */
    Session login() {
        lock.lock();
        try {
            String password = secrets.get(passwordKey).filter(p -> !p.isBlank()).orElseThrow(() ->
                    new ConnectorException(Kind.AUTH_EXPIRED, "No Bluesky app password is stored for the account '"
                            + accountName + "'. Reconnect the account."));
            if (identifier == null || identifier.isBlank()) {
                throw new ConnectorException(Kind.AUTH_EXPIRED, "The Bluesky account '" + accountName
                        + "' has no handle to log in with. Reconnect the account.");
            }
            Map<String, String> input = new LinkedHashMap<>();
            input.put("identifier", identifier.strip());
            input.put("password", password);
            JsonNode answer;
            try {
                answer = xrpc.procedure(Budget.LOGIN, "com.atproto.server.createSession", input, null);
            } catch (XrpcException e) {
                if (e.kind() == Kind.AUTH_EXPIRED || e.is("AuthFactorTokenRequired")) {
                    forget();
                    throw reconnect(e, "did not accept the app password");
                }
                throw e;
            }
            LOG.info("Logged in to Bluesky for account '{}'", accountName);
            return keep(xrpc.decode(answer, Session.class, "login answer"));
        } finally {
            lock.unlock();
        }
    }

    /**
     * A new session after {@code stale} was refused: refresh with the refresh token, else log in again.
     * A transient failure of the refresh (server error, network, rate limit) is passed on as it is:
     * the session may still be good, and logging in would spend the small login budget for nothing.
     */
    private Session renew(Session stale) {
        lock.lock();
        try {
            if (cached != null && cached != stale) {
                return cached; // another thread renewed it meanwhile
            }
            try {
                JsonNode answer = xrpc.procedure(Budget.READ, "com.atproto.server.refreshSession", null,
                        stale.refreshJwt());
                LOG.info("Refreshed the Bluesky session of account '{}'", accountName);
                return keep(xrpc.decode(answer, Session.class, "session refresh answer"));
            } catch (XrpcException e) {
                if (e.kind() != Kind.AUTH_EXPIRED) {
                    throw e;
                }
                LOG.info("Bluesky refused to refresh the session of account '{}' ({}); logging in again",
                        accountName, e.error());
                return login();
            }
        } finally {
            lock.unlock();
        }
    }

    private Session keep(Session s) {
        if (!s.complete()) {
            throw new ConnectorException(Kind.MALFORMED, "Bluesky answered the login without tokens or DID.");
        }
        try {
            secrets.put(sessionKey, xrpc.json().writeValueAsString(s));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the session", e);
        }
        cached = s;
        return s;
    }

    private Optional<Session> stored() {
        Optional<String> text = secrets.get(sessionKey);
        if (text.isEmpty() || text.get().isBlank()) {
            return Optional.empty();
        }
        try {
            Session s = xrpc.json().readValue(text.get(), Session.class);
            return s != null && s.complete() ? Optional.of(s) : Optional.empty();
        } catch (JsonProcessingException e) {
            LOG.warn("The stored Bluesky session of account '{}' is unreadable; logging in again", accountName);
            return Optional.empty();
        }
    }

    private void forget() {
        lock.lock();
        try {
            cached = null;
            secrets.delete(sessionKey);
        } finally {
            lock.unlock();
        }
    }

    private ConnectorException reconnect(XrpcException e, String what) {
        String why = e.error() == null ? "HTTP " + e.httpStatus() : e.error();
        return new ConnectorException(Kind.AUTH_EXPIRED, "Bluesky " + what + " for '" + identifier + "' (" + why
                + "). Create a new app password in Bluesky's settings and reconnect the account.", null,
                e.httpStatus(), e);
    }
}
