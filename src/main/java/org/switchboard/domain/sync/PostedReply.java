package org.switchboard.domain.sync;

import java.time.Instant;

/** What the platform answered to a posted reply. */
public record PostedReply(String externalId, String url, Instant createdAt) {}
