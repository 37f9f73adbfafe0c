package org.switchboard.domain.port;

import org.switchboard.domain.ErrandCard;

/** Posts a message card to a Teams or Slack incoming webhook. Blocks: background threads only. */
public interface WebhookSender {
    /** @throws org.switchboard.domain.sync.ConnectorException typed, in words, never showing the URL's secret path */
    void post(String url, ErrandCard card);
}
