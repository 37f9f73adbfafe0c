package org.switchboard.service.replies;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template's variables. A value that is missing stays visible as a marker ({@code ⟦errand.ref fehlt⟧}),
 * and so does a variable Switchboard does not know ({@code ⟦foo unbekannt⟧}): {@link ReplyRules#check} refuses
 * to send while one is left, so a raw placeholder never reaches a customer. Pure; any thread.
 */
public final class TemplateText {
    /** The variables a template may use, in the order the editor lists them. */
    public static final List<String> VARIABLES = List.of("contact.name", "errand.unit", "errand.ref", "errand.due",
            "agent.name");
    /** {@code {contact.name}}: lower-case words joined by dots. Other braces ("{ }", "{Montag}") stay as written. */
    static final Pattern VARIABLE = Pattern.compile("\\{([a-z][a-z_]*(?:\\.[a-z][a-z_]*)*)\\}");
    private static final DateTimeFormatter DUE_DE = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN);
    private static final DateTimeFormatter DUE_EN = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);

    private TemplateText() {}

    /**
     * What the variables stand for on one case; null where there is nothing (no errand yet).
     *
     * @param errandDue when the errand is due; written as a date in the template's language and {@code zone}
     */
    public record Values(String contactName, String errandUnit, String errandRef, Instant errandDue,
                         String agentName, ZoneId zone) {
        public static final Values NONE = new Values(null, null, null, null, null, ZoneId.of("UTC"));
    }

    /**
     * A filled template.
     *
     * @param text    the text to insert, with a marker wherever a value is missing or a variable unknown
     * @param missing variables whose value is missing on this case, in order of first use
     * @param unknown variables Switchboard does not know, in order of first use
     */
    public record Rendered(String text, List<String> missing, List<String> unknown) {
        public Rendered {
            missing = List.copyOf(missing);
            unknown = List.copyOf(unknown);
        }

        /** True when nothing is missing: the text can be sent as it is. */
        public boolean complete() {
            return missing.isEmpty() && unknown.isEmpty();
        }
    }

    /** Fills {@code body} (a template in {@code language}, {@code de} or {@code en}) with {@code values}. */
    public static Rendered render(String body, String language, Values values) {
        boolean german = "de".equals(language);
        Set<String> missing = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (!VARIABLES.contains(name)) {
                unknown.add(name);
                value = marker(name, german ? "unbekannt" : "unknown");
            } else {
                value = value(name, german, values);
                if (value == null || value.isBlank()) {
                    missing.add(name);
                    value = marker(name, german ? "fehlt" : "missing");
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return new Rendered(out.toString(), new ArrayList<>(missing), new ArrayList<>(unknown));
    }

    /** The variables {@code body} uses that Switchboard does not know. */
    public static List<String> unknownVariables(String body) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(body == null ? "" : body);
        while (m.find()) {
            if (!VARIABLES.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return List.copyOf(unknown);
    }

    private static String value(String name, boolean german, Values v) {
        return switch (name) {
            case "contact.name" -> v.contactName();
            case "errand.unit" -> v.errandUnit();
            case "errand.ref" -> v.errandRef();
            case "errand.due" -> v.errandDue() == null ? null
                    : (german ? DUE_DE : DUE_EN).format(v.errandDue().atZone(v.zone()));
            case "agent.name" -> v.agentName();
            default -> null;
        };
    }

    private static String marker(String name, String why) {
        return "\u27E6" + name + " " + why + "\u27E7";
    }
}
