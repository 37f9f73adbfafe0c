package org.switchboard.service.errands;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.ErrandDelivery;
import org.switchboard.domain.ErrandQuery;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.Open311Status;
import org.switchboard.domain.sync.ConnectorException;

/**
 * Reads back what a city's Open311 back office did with the service requests we created (GeoReport v2
 * {@code GET requests.json?service_request_id=a,b,…}) and records it on the errands: {@code closed}
 * finishes the errand as done with the city's status note, a changed {@code status_notes} while open
 * becomes a note (and shows that the request arrived). The status last seen is stored with the event in
 * one transaction, so repeated polls record nothing new. A batch service's {@code token} is first turned
 * into its request id ({@code GET tokens/{token}.json}). Background threads only (network).
 */
final class Open311Poll {
    private static final Logger LOG = LoggerFactory.getLogger(Open311Poll.class);
    /** Ids per status query: GeoReport v2 takes a comma-separated list; servers cap the result size. */
    static final int IDS_PER_QUERY = 50;
    static final String TOKEN_PREFIX = "token:";

    /** What a poll found: events recorded, and why a server could not be asked (null when all answered). */
    record Counts(int updates, String error) {}

    private final ErrandPorts ports;
    private final StatusChanges changes;
    private final Clock clock;

    Open311Poll(ErrandPorts ports, StatusChanges changes, Clock clock) {
        this.ports = ports;
        this.changes = changes;
        this.clock = clock;
    }

    Counts run() {
        Map<String, Map<String, Errand>> byEndpoint = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (Errand e : ports.errands().list(new ErrandQuery(true, false, null, clock.instant(), 10_000))) {
            if (e.via() != ErrandChannel.OPEN311 || e.recipient() == null) {
                continue;
            }
            ErrandDelivery d = ports.mail().delivery(e.id()).orElse(null);
            if (d == null || !d.delivered() || d.externalId() == null) {
                continue; // not there yet, or a blackbox service that gives no id to ask about
            }
            try {
                String id = requestId(e, d);
                if (id != null) {
                    byEndpoint.computeIfAbsent(e.recipient(), k -> new LinkedHashMap<>()).put(id, e);
                }
            } catch (ConnectorException ex) {
                errors.add(ex.getMessage());
            }
        }
        int updates = 0;
        for (Map.Entry<String, Map<String, Errand>> endpoint : byEndpoint.entrySet()) {
            List<String> ids = new ArrayList<>(endpoint.getValue().keySet());
            for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
                try {
                    for (Open311Status s : ports.open311().statuses(endpoint.getKey(), chunk)) {
                        Errand e = endpoint.getValue().get(s.serviceRequestId());
                        if (e != null && record(e, s, endpoint.getKey())) {
                            updates++;
                        }
                    }
                } catch (ConnectorException ex) {
                    LOG.info("Open311 statuses could not be read: {}", ex.getMessage());
                    errors.add(ex.getMessage());
                }
            }
        }
        return new Counts(updates, errors.isEmpty() ? null : String.join(" ", errors));
    }

    /** The service request id, resolving (and storing) a batch service's token first; null while unknown. */
    private String requestId(Errand e, ErrandDelivery d) {
        if (!d.externalId().startsWith(TOKEN_PREFIX)) {
            return d.externalId();
        }
        String token = d.externalId().substring(TOKEN_PREFIX.length());
        String id = ports.open311().requestIdOfToken(e.recipient(), token).orElse(null);
        if (id != null) {
            ports.mail().saveDelivery(new ErrandDelivery(d.errandId(), d.messageId(), id, d.delivered(), d.attempts(),
                    d.lastError(), d.deliveredAt()));
        }
        return id;
    }

    /** Records what changed since the last poll; true when an event was written. */
    private boolean record(Errand e, Open311Status s, String endpoint) {
        return ports.tx().inTransaction(() -> {
            Open311Status before = ports.mail().lastOpen311Status(e.id()).orElse(null);
            boolean closedNow = s.closed() && (before == null || !before.closed());
            boolean notesChanged = !Objects.equals(before == null ? null : before.statusNotes(), s.statusNotes());
            if (!closedNow && !notesChanged && before != null && Objects.equals(before.agencyResponsible(),
                    s.agencyResponsible())) {
                return false;
            }
            String by = s.agencyResponsible() != null ? s.agencyResponsible() : "Open311 " + host(endpoint);
            boolean wrote = false;
            if (closedNow) {
                changes.apply(e.id(), new StatusChanges.Said(ErrandStatus.DONE, null, by, s.statusNotes(), List.of()),
                        false);
                wrote = true;
            } else if (notesChanged && s.statusNotes() != null) {
                changes.apply(e.id(), new StatusChanges.Said(null, null, by, s.statusNotes(), List.of()), false);
                wrote = true;
            }
            ports.mail().saveOpen311Status(e.id(), s, clock.instant());
            return wrote;
        });
    }

    private static String host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? url : h;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
