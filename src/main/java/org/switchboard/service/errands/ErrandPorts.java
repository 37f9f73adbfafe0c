package org.switchboard.service.errands;

import org.switchboard.domain.port.ErrandMailRepository;
import org.switchboard.domain.port.ErrandRepository;
import org.switchboard.domain.port.MailSender;
import org.switchboard.domain.port.Mailbox;
import org.switchboard.domain.port.Open311Gateway;
import org.switchboard.domain.port.RemoteFiles;
import org.switchboard.domain.port.SecretStore;
import org.switchboard.domain.port.Transactions;
import org.switchboard.domain.port.WebhookSender;
import org.switchboard.domain.port.WorkspaceSettingsRepository;

/** The ports the errand services reach storage and the outside world through, as one value. */
public record ErrandPorts(Transactions tx, ErrandRepository errands, ErrandMailRepository mail,
                          WorkspaceSettingsRepository settings, SecretStore secrets, MailSender sender,
                          Mailbox mailbox, WebhookSender webhook, Open311Gateway open311, RemoteFiles files) {}
