package org.switchboard.ui.common;

import java.util.Locale;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.domain.queue.SavedView;
import org.switchboard.service.i18n.Texts;

/** The localized names of the domain's enums, all from the bundle. Any thread. */
public final class DomainTexts {
    private final Texts texts;

    public DomainTexts(Texts texts) {
        this.texts = texts;
    }

    public Texts texts() {
        return texts;
    }

    public String status(CaseStatus s) {
        return texts.get("case.status." + key(s.name()));
    }

    public String priority(Priority p) {
        return texts.get("case.priority." + key(p.name()));
    }

    /** The platform's full name ("Facebook", "Telefon"). */
    public String platform(Platform p) {
        return texts.get("platform." + p.id());
    }

    /** The platform's short badge text ("FB", "@"). */
    public String platformBadge(Platform p) {
        return texts.get("platform.badge." + p.id());
    }

    public String view(SavedView v) {
        return texts.get("queue.view." + v.id());
    }

    public String sort(QueueSort s) {
        return texts.get("queue.sort." + key(s.name()));
    }

    /** {@code WAITING_CUSTOMER} → {@code waiting-customer}: the key part of an enum constant. */
    static String key(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
