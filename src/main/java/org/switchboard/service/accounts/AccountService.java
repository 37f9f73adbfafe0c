package org.switchboard.service.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.switchboard.domain.Account;
import org.switchboard.domain.Platform;
import org.switchboard.domain.ValidationException;
import org.switchboard.service.Audit;
import org.switchboard.service.cases.Repositories;

/** Connected accounts. Background threads only. */
public final class AccountService {
    private final Repositories repos;
    private final Audit audit;
    private final Clock clock;

    public AccountService(Repositories repos, Audit audit, Clock clock) {
        this.repos = repos;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Account> list() {
        return repos.accounts().list();
    }

    /** Adds an account; names are unique because the CLI and the window address accounts by name. */
    public Account add(Platform platform, String name, String handle, boolean demo, Map<String, String> settings) {
        return repos.tx().inTransaction(() -> {
            if (repos.accounts().findByName(name).isPresent()) {
                throw new ValidationException("an account named '" + name + "' exists already; choose another --name");
            }
            Account a = repos.accounts().insert(new Account(0, platform, name, handle, demo, false, settings,
                    clock.instant()));
            audit.record("account.added", "account", a.id(), platform.id() + (demo ? " (demo)" : ""));
            return a;
        });
    }
}
