package org.switchboard.domain.port;

import org.switchboard.domain.Open311Receipt;
import org.switchboard.domain.Open311Request;

/** Submits service requests to a city's Open311 GeoReport v2 back office. Blocks: background threads only. */
public interface Open311Gateway {
    /** @throws org.switchboard.domain.sync.ConnectorException typed; the server's own error words included */
    Open311Receipt submit(Open311Request request);
}
