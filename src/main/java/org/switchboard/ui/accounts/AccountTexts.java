package org.switchboard.ui.accounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.sync.AccountStatus;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.TimeFormat;

/**
 * Accounts and their sync in words: "Rate-limited until 10:45", "Offline, retrying at 10:32",
 * "3 accounts · synced 1 min ago". Plain Java so the words are tested without a toolkit. Any thread.
 */
public final class AccountTexts {
    /** Errors are long sentences; the state column shows their start, the error column all of it. */
    private static final int SHORT_ERROR = 70;

    private final DomainTexts names;
    private final Texts texts;
    private final TimeFormat time;

    public AccountTexts(DomainTexts names, TimeFormat time) {
        this.names = names;
        this.texts = names.texts();
        this.time = time;
    }

    /** The state in words, e.g. "Reconnect needed" or "Error: the server answered 500". */
    public String state(AccountRow row) {
        AccountStatus s = row.status();
        return switch (row.shown()) {
            case DEMO -> texts.get("accounts.state.demo");
            case PAUSED -> texts.get("accounts.state.paused");
            case NEW -> texts.get("accounts.state.new");
            case OK -> texts.get("accounts.state.ok");
            case RECONNECT_NEEDED -> texts.get("accounts.state.reconnect");
            case RATE_LIMITED -> s.nextSyncAt() == null ? texts.get("accounts.state.rate-limited")
                    : texts.get("accounts.state.rate-limited-until", time.at(s.nextSyncAt()));
            case OFFLINE -> s.nextSyncAt() == null ? texts.get("accounts.state.offline")
                    : texts.get("accounts.state.offline-retrying", time.at(s.nextSyncAt()));
            case ERROR -> texts.get("accounts.state.error", shortError(s.lastError()));
        };
    }

    /** "3 min ago · 14 Mar 2026, 10:27", or "never". */
    public String lastSync(AccountRow row) {
        Instant at = row.status().lastSyncAt();
        if (row.demo()) {
            return texts.get("accounts.sync.none");
        }
        return at == null ? texts.get("accounts.sync.never")
                : texts.get("accounts.sync.last", time.ago(at), time.exact(at));
    }

    /** When the scheduler tries next, or why it will not. */
    public String nextSync(AccountRow row) {
        return switch (row.shown()) {
            case DEMO, PAUSED -> texts.get("accounts.sync.none");
            case RECONNECT_NEEDED -> texts.get("accounts.sync.after-reconnect");
            default -> row.status().nextSyncAt() == null ? texts.get("accounts.sync.soon")
                    : time.at(row.status().nextSyncAt());
        };
    }

    /** The last error as the platform worded it, or empty. */
    public String lastError(AccountRow row) {
        String e = row.status().lastError();
        return e == null || row.demo() ? "" : DisplayText.oneLine(e);
    }

    /** The handle on the platform, or empty. */
    public String handle(AccountRow row) {
        return row.handle() == null ? "" : DisplayText.oneLine(row.handle());
    }

    /**
     * The status bar's one line: the worst account when one needs a look ("City: Reconnect needed"),
     * otherwise how many accounts there are and how fresh the oldest sync is.
     */
    public String summary(List<AccountRow> rows) {
        if (rows.isEmpty()) {
            return texts.get("sync.summary.none");
        }
        List<AccountRow> real = rows.stream().filter(r -> !r.demo()).toList();
        if (real.isEmpty()) {
            return texts.get("sync.summary.demo", rows.size());
        }
        AccountRow worst = real.stream().min(AccountRow.WORST_FIRST).orElseThrow();
        if (worst.shown().troubled()) {
            long others = real.stream().filter(r -> r != worst && r.shown().troubled()).count();
            String line = texts.get("sync.summary.trouble", DisplayText.oneLine(worst.name()), shortState(worst));
            return others == 0 ? line : texts.get("sync.summary.more", line, others);
        }
        List<AccountRow> active = real.stream().filter(r -> r.shown() != AccountRow.Shown.PAUSED).toList();
        if (active.isEmpty()) {
            return texts.get("sync.summary.all-paused", real.size());
        }
        if (active.stream().anyMatch(r -> r.status().lastSyncAt() == null)) {
            return texts.get("sync.summary.pending", real.size());
        }
        // The oldest sync is the honest one: every account is at least this fresh.
        Instant oldest = active.stream().map(r -> r.status().lastSyncAt()).min(Instant::compareTo).orElseThrow();
        return texts.get("sync.summary.synced", real.size(), time.ago(oldest));
    }

    /** One line per account, worst first, for the status bar's tooltip. */
    public String details(List<AccountRow> rows) {
        List<String> lines = new ArrayList<>();
        for (AccountRow r : rows.stream().sorted(AccountRow.WORST_FIRST).toList()) {
            String line = texts.get("sync.details.line", DisplayText.oneLine(r.name()), names.platform(r.platform()),
                    state(r));
            if (r.status().lastSyncAt() != null && !r.demo()) {
                line = texts.get("sync.details.synced", line, time.ago(r.status().lastSyncAt()));
            }
            lines.add(line);
        }
        return lines.isEmpty() ? texts.get("sync.summary.none") : String.join("\n", lines);
    }

    private String shortState(AccountRow row) {
        return row.shown() == AccountRow.Shown.ERROR ? texts.get("accounts.state.error-short") : state(row);
    }

    private static String shortError(String error) {
        if (error == null) {
            return "?";
        }
        String e = DisplayText.oneLine(error);
        return e.length() <= SHORT_ERROR ? e : e.substring(0, SHORT_ERROR - 1) + "…";
    }
}
