package org.switchboard.ui.caseview;

import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Notice;

/** Case-action notices in words. Any thread. */
final class CaseNotices {
    private CaseNotices() {}

    /** The notice's text; an undo's detail is the service's action name, shown in words ("assignment"). */
    static String text(Texts texts, Notice n) {
        if (n == null) {
            return "";
        }
        if (n.key().startsWith("case.undo.done")) {
            return texts.get(n.key(), undone(texts, n.detail()));
        }
        return texts.get(n.key(), n.detail());
    }

    /** {@code case.assigned} → "assignment". */
    static String undone(Texts texts, String action) {
        String key = "case.undo." + action;
        return texts.bundle().containsKey(key) ? texts.get(key) : texts.get("case.undo.other");
    }
}
