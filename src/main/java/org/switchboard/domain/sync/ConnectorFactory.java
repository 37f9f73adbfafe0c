package org.switchboard.domain.sync;

import org.switchboard.domain.Account;

/** Builds the connector of an account (its platform's client with its secrets). */
@FunctionalInterface
public interface ConnectorFactory {
    /** @throws ConnectorException AUTH_EXPIRED when the account's secret is missing */
    Connector create(Account account);
}
