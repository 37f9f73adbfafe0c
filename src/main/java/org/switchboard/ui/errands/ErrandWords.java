package org.switchboard.ui.errands;

import java.util.Locale;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.ErrandEvent;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.Unit;
import org.switchboard.domain.DisplayText;
import org.switchboard.service.i18n.Texts;

/** Errand words from the bundle: statuses, channels and timeline steps. Any thread. */
public final class ErrandWords {
    private final Texts texts;

    public ErrandWords(Texts texts) {
        this.texts = texts;
    }

    public Texts texts() {
        return texts;
    }

    public String status(ErrandStatus s) {
        return texts.get("errand.status." + key(s.name()));
    }

    public String channel(ErrandChannel c) {
        return texts.get("errand.channel." + c.id());
    }

    public String event(ErrandEvent.Type t) {
        return texts.get("errand.event." + t.id());
    }

    /** "Grünflächenamt (parks)": the name as the directory has it, made safe to show. */
    public static String unit(Unit u) {
        return u == null ? "" : DisplayText.oneLine(u.name()) + " (" + u.key() + ")";
    }

    private static String key(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
