package org.switchboard.domain.port;

import org.switchboard.domain.mail.MailAttachment;

/** Downloads a customer's photo so the dossier can carry it. Blocks: background threads only. */
public interface RemoteFiles {
    /**
     * Downloads an image of at most {@code maxBytes}.
     *
     * @throws org.switchboard.domain.sync.ConnectorException when it cannot be fetched, is not an image or is
     *         larger than {@code maxBytes} (the message says which)
     */
    MailAttachment download(String url, long maxBytes);
}
