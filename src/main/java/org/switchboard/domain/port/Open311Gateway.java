package org.switchboard.domain.port;

import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Open311Receipt;
import org.switchboard.domain.Open311Request;
import org.switchboard.domain.Open311Status;

/** Submits service requests to a city's Open311 GeoReport v2 back office. Blocks: background threads only. */
public interface Open311Gateway {
    /** @throws org.switchboard.domain.sync.ConnectorException typed; the server's own error words included */
    Open311Receipt submit(Open311Request request);

    /**
     * The service request id a batch service gave the token ({@code GET tokens/{token}.json}); empty while
     * the server has not assigned one yet.
     */
    Optional<String> requestIdOfToken(String endpoint, String token);

    /**
     * The current status of the given service requests ({@code GET requests.json?service_request_id=a,b}),
     * in any order; requests the server does not list are missing.
     */
    List<Open311Status> statuses(String endpoint, List<String> serviceRequestIds);
}
