package org.switchboard.e2e;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.switchboard.app.AppContext;
import org.switchboard.connect.http.Http;
import org.switchboard.domain.Account;
import org.switchboard.domain.Message;
import org.switchboard.domain.Platform;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.service.Workspace;
import org.switchboard.store.Database;
import org.switchboard.testing.MemorySecretStore;

/**
 * A real workspace (H2 file, real connectors over the shared HTTP client) whose clock only moves when the
 * program waits: a retry delay or a rate-limit reset passes at once, so back-off runs in no time.
 */
final class OutboxBed implements AutoCloseable {
    /** Shortly after the fixtures' items were written. */
    static final Instant START = Instant.parse("2025-06-02T09:00:00Z");

    final TestClock clock = new TestClock(START);
    final MemorySecretStore secrets = MemorySecretStore.open();
    final Workspace ws;

    OutboxBed(Path dataDir) {
        OkHttpClient client = Http.newClient("test").newBuilder().readTimeout(Duration.ofSeconds(10)).build();
        ws = AppContext.wire(dataDir, Database.openEmbedded(dataDir), clock, client, clock::advance, secrets);
    }

    Account account(Platform platform, String name, Map<String, String> settings, String secret) {
        Account a = ws.accounts().add(platform, name, null, false, settings);
        secrets.put(a.secretKey(), secret);
        return a;
    }

    /** Every inbound message from a connected account, over all cases, oldest case first. */
    List<Message> inbound() {
        List<Message> out = new ArrayList<>();
        for (long caseId : caseIds()) {
            ws.cases().open(caseId).messages().stream()
                    .filter(m -> m.direction() == org.switchboard.domain.Direction.IN && m.accountId() != null)
                    .forEach(out::add);
        }
        return out;
    }

    List<Long> caseIds() {
        return ws.queue().page(org.switchboard.domain.queue.QueueQuery.firstPage(
                org.switchboard.domain.queue.QueueFilter.NOT_CLOSED, org.switchboard.domain.queue.QueueSort.values()[0],
                1000)).rows().stream()
                .map(QueueRow::id).sorted().toList();
    }

    @Override
    public void close() {
        ws.close();
    }

    /** A clock that tests and waits move. */
    static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant start) {
            now = start;
        }

        synchronized void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
