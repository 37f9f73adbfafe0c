package org.switchboard.domain.port;

import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Account;

/** Connected accounts. */
public interface AccountRepository {
    Account insert(Account account);

    Optional<Account> find(long id);

    Optional<Account> findByName(String name);

    List<Account> list();

    void delete(long id);

    void setPaused(long id, boolean paused);

    void setHandle(long id, String handle);

    /** Replaces the account's non-secret settings (what the platform told about it, e.g. a length limit). */
    void setSettings(long id, java.util.Map<String, String> settings);
}
