package org.switchboard.ui.forward;

import java.util.List;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.routing.RoutingReason;
import org.switchboard.service.i18n.Texts;

/** Why a unit is suggested, in the window's language: "„Bänke“ passt zum Stichwort „Bank“". Pure. */
final class RoutingTexts {
    private RoutingTexts() {}

    /** The reasons, joined by a middle dot. */
    static String say(Texts texts, List<RoutingReason> why) {
        return String.join(" \u00b7 ", why.stream().map(r -> say(texts, r)).toList());
    }

    static String say(Texts texts, RoutingReason r) {
        String term = DisplayText.oneLine(r.term().label());
        return switch (r.fit()) {
            case REPLY_POINTS_THERE -> texts.get("forward.why.reply");
            case WENT_TO -> texts.get("forward.why.history", r.count(), term);
            case MATCHES, CONTAINS -> {
                String said = String.join(", ", r.said().stream().map(s -> texts.get(
                        s.tag() ? "forward.why.said.tag" : "forward.why.said.text", DisplayText.oneLine(s.text())))
                        .toList()) + (r.more() ? " \u2026" : "");
                String key = "forward.why." + (r.fit() == RoutingReason.Fit.MATCHES ? "matches" : "contains") + "."
                        + (r.term().category() ? "category" : "keyword") + (r.said().size() > 1 ? ".plural" : "");
                String person = r.term().person() == null ? ""
                        : " " + texts.get("forward.why.of-person", DisplayText.oneLine(r.term().person()));
                String note = switch (r.note()) {
                    case NONE -> "";
                    case LOWER_CASE -> " " + texts.get("forward.why.note.lower-case");
                    case SAYS_WHERE -> " " + texts.get("forward.why.note.says-where");
                };
                yield texts.get(key, said, term, person, note);
            }
        };
    }
}
