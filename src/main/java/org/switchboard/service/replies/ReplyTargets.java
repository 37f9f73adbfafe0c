package org.switchboard.service.replies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.domain.Person;
import org.switchboard.domain.Unit;
import org.switchboard.service.replies.Verdict.Target;

/**
 * Where a reply sends the customer: the e-mail addresses, phone numbers, links, portals and unit names it
 * contains, each matched against the directory ("umweltamt@beispielstadt.example" is the Umweltamt). Built
 * for one directory; stateless afterwards, thread-safe, any thread.
 */
final class ReplyTargets {
    /** What kind of address a place in the reply is. */
    enum Kind { EMAIL, PHONE, LINK, PORTAL, NAME }

    /** One place in the reply and where it leads. */
    record Place(Kind kind, String written, Target target) {}

    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** A link with scheme or www., or a bare host of a common top-level domain ("vbb.example/kontakt"). */
    /**
     * A link with scheme or www., or a bare host ("vbb.example/kontakt", top-level domain checked in code). Each
     * starts only where a word starts, so a long run of letters costs one pass, not one per letter.
     */
    private static final Pattern LINK = Pattern.compile("(?<![\\w.:/-])(?:(?:https?://|www\\.)[^\\s<>\"'()\\[\\]]+"
            + "|[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?:/[^\\s<>\"'()\\[\\]]*)?)", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> DOMAINS = java.util.Set.of("example", "de", "com", "org", "net", "eu",
            "info", "berlin", "app", "social", "io");
    /** Starts with + or 0 (a German or international number), at least 7 digits; not part of a reference. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w-])(?:\\+\\d{1,3}[ /-]?|0)(?:\\(0\\) ?)?\\d{1,5}(?:[ /-]?\\d{2,})(?:[ -]\\d{1,6}){0,3}(?![\\w-])");
    private static final Pattern PORTAL = Pattern.compile("\\b(?:mängelmelder|maengelmelder|kontaktformular"
            + "|beschwerdeformular|online-?formular|fixmystreet|contact form|online form|complaints? (?:portal|form)"
            + "|passenger rights portal|fahrgastrechte-?formular)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern FORM_PATH = Pattern.compile("(?i)maengelmelder|melder|formular|kontakt|contact|form"
            + "|portal|refund|erstattung|fahrgastrechte|beschwerde|complaint|support|ticket|faq");
    private static final int MIN_PHONE_DIGITS = 7;

    private record Alias(Pattern pattern, String written, Target target) {}

    private final List<Unit> units;
    private final List<Alias> aliases = new ArrayList<>();

    ReplyTargets(List<Unit> units, List<Person> people) {
        this.units = List.copyOf(units);
        for (Unit u : units) {
            for (String alias : aliases(u.name())) {
                aliases.add(alias(alias, new Target(u.key(), u.name(), alias)));
            }
        }
        Map<String, Unit> byKey = new LinkedHashMap<>();
        units.forEach(u -> byKey.put(u.key(), u));
        for (Person p : people) {
            Unit u = p.unitKey() == null ? null : byKey.get(p.unitKey());
            if (u != null) {
                aliases.add(alias(p.name(), new Target(u.key(), u.name(), p.name())));
            }
        }
    }

    /** Every place {@code text} names, in order of kind (addresses before names), without repeats. */
    List<Place> find(String text) {
        List<Place> out = new ArrayList<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            String email = m.group();
            Unit u = units.stream().filter(x -> email.equalsIgnoreCase(x.email())).findFirst().orElse(null);
            out.add(new Place(Kind.EMAIL, email, u == null ? new Target(null, "e-mail address", email)
                    : new Target(u.key(), u.name(), email)));
        }
        String rest = EMAIL.matcher(text).replaceAll(r -> " ".repeat(r.group().length()));
        m = LINK.matcher(rest);
        StringBuilder blanked = new StringBuilder(rest);
        while (m.find()) {
            String link = m.group().replaceAll("[.,;:!?]+$", "");
            if (!isLink(link)) {
                continue;
            }
            blanked.replace(m.start(), m.end(), " ".repeat(m.end() - m.start()));
            String name = FORM_PATH.matcher(link).find() ? "online form or portal" : "website";
            out.add(new Place(Kind.LINK, link, new Target(null, name, link)));
        }
        rest = blanked.toString();
        m = PHONE.matcher(rest);
        while (m.find()) {
            String digits = digits(m.group());
            if (digits.length() >= MIN_PHONE_DIGITS) {
                Unit u = units.stream().filter(x -> x.phones().stream().anyMatch(p -> samePhone(digits(p), digits)))
                        .findFirst().orElse(null);
                out.add(new Place(Kind.PHONE, m.group().strip(), u == null ? new Target(null, "phone number",
                        m.group().strip()) : new Target(u.key(), u.name(), m.group().strip())));
            }
        }
        m = PORTAL.matcher(text);
        while (m.find()) {
            out.add(new Place(Kind.PORTAL, m.group(), new Target(null, "online form or portal", m.group())));
        }
        String folded = fold(text);
        for (Alias a : aliases) {
            if (a.pattern().matcher(folded).find()) {
                out.add(new Place(Kind.NAME, a.written(), a.target()));
            }
        }
        return out;
    }

    /** With a scheme or www., or a host whose top-level domain is a known one (not "z.B." or "ca.5"). */
    private static boolean isLink(String link) {
        if (link.regionMatches(true, 0, "http", 0, 4) || link.regionMatches(true, 0, "www.", 0, 4)) {
            return link.length() > 8;
        }
        String host = link.split("/", 2)[0];
        String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return DOMAINS.contains(tld) && host.chars().anyMatch(Character::isLetter) && host.length() > 4;
    }

    /** "Umweltamt (Environment Office)" → "Umweltamt", "Environment Office"; a long first word on its own. */
    static List<String> aliases(String unitName) {
        List<String> out = new ArrayList<>();
        for (String part : unitName.split("[()]")) {
            String p = part.strip();
            if (p.length() >= 4 && !out.contains(p)) {
                out.add(p);
                String first = p.split("\\s+")[0];
                if (!first.equals(p) && first.length() >= 8 && !out.contains(first)) {
                    out.add(first);
                }
            }
        }
        return out;
    }

    private static Alias alias(String written, Target target) {
        return new Alias(Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(fold(written))),
                written, target);
    }

    /** Lower case with umlauts and ß spelt out, apostrophes unified: "Straßenbauamts" ~ "strassenbauamts". */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace('\u2019', '\'').replaceAll("\\s+", " ");
    }

    static String digits(String phone) {
        String d = phone.replace("(0)", "").replaceAll("\\D", "");
        if (phone.strip().startsWith("+")) {
            d = d.startsWith("49") ? "0" + d.substring(2) : "00" + d;
        }
        return d;
    }

    private static boolean samePhone(String a, String b) {
        return a.length() >= MIN_PHONE_DIGITS && b.length() >= MIN_PHONE_DIGITS && (a.endsWith(b) || b.endsWith(a));
    }
}
