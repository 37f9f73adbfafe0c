package org.switchboard.service.replies;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.switchboard.domain.EarlierAttempt;
import org.switchboard.service.replies.Verdict.Target;

/** Whether an earlier attempt of a contact went to a place a reply points to, and how to say so. Pure. */
final class EarlierAttempts {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** Words of an addressee too common to identify it on their own. */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("abteilung", "rathaus", "service",
            "office", "stadt", "beispielstadt", "telefon", "servicetelefon", "bereitschaft", "department");

    private EarlierAttempts() {}

    static boolean sameAddressee(EarlierAttempt a, Target t) {
        String addressee = ReplyTargets.fold(a.addressee());
        if (t.via() != null && addressee.contains(ReplyTargets.fold(t.via()))) {
            return true;
        }
        if (t.unitKey() != null) {
            for (String alias : ReplyTargets.aliases(t.name())) {
                if (addressee.contains(ReplyTargets.fold(alias))) {
                    return true;
                }
            }
        }
        String place = ReplyTargets.fold(t.name() + " " + (t.via() == null ? "" : t.via()));
        // addresses were compared whole above; their parts ("example", the city's domain) identify nothing
        String words = addressee.replaceAll("\\S*[@/]\\S*", " ");
        for (String word : words.split("[^\\p{L}\\d]+")) {
            if (word.length() >= 6 && !GENERIC.contains(word) && place.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "Jonas Wagner already e-mailed Umweltamt (umweltamt@…) on 10 Nov 2026 (keine Antwort)". */
    static String describe(String who, EarlierAttempt a) {
        String verb = switch (a.channel().toLowerCase(Locale.ROOT)) {
            case "email", "e-mail", "mail" -> "e-mailed";
            case "phone", "call" -> "called";
            case "letter" -> "wrote to";
            case "portal", "form", "web" -> "used";
            case "walk-in" -> "went to";
            default -> "contacted (" + a.channel() + ")";
        };
        return who + " already " + verb + " " + a.addressee() + " on " + DATE.format(a.date())
                + (a.result() == null ? "" : " (" + a.result() + ")");
    }
}
