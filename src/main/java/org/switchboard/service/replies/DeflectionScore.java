package org.switchboard.service.replies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.switchboard.service.replies.ReplySignals.Signal;
import org.switchboard.service.replies.ReplyTargets.Kind;
import org.switchboard.service.replies.ReplyTargets.Place;

/**
 * Adds the signals of a reply up and squashes the sum to 0..1: {@code 1 / (1 + e^-(BIAS + Σ weights))}. A reply
 * with no signal at all scores about 0.27 (not a deflection); "please contact X at x@y" about 0.9; an owned
 * forward that also gives a number stays far below 0.5. Pure; any thread.
 */
record DeflectionScore(double value, boolean deflection, List<Signal> signals) {
    /** Log-odds of a reply without any signal: most replies help. */
    static final double BIAS = -1.0;
    static final double EMAIL = 0.9;
    static final double PHONE = 0.7;
    static final double LINK = 0.5;
    static final double PORTAL = 1.0;
    /** Sending the customer where they already went without success makes a deflection worse. */
    static final double ALREADY_TRIED = 0.8;
    /** Pointing elsewhere with no owner, no next step and no date. */
    static final double NO_OWNER = 0.6;

    /** The kinds of signal added here (not phrases of the reply). */
    static final List<String> KINDS = List.of("email", "phone", "link", "portal", "already-tried", "no-owner");

    static DeflectionScore of(List<Signal> phrases, List<Place> places, List<String> tried) {
        List<Signal> all = new ArrayList<>(phrases);
        boolean form = phrases.stream().anyMatch(s -> s.kind().equals(ReplySignals.FORM));
        add(all, places, Kind.EMAIL, "email", EMAIL, "gives an e-mail address");
        add(all, places, Kind.PHONE, "phone", PHONE, "gives a phone number");
        add(all, places, Kind.LINK, "link", LINK, "gives a link");
        if (!form) {
            add(all, places, Kind.PORTAL, "portal", PORTAL, "names a form or portal");
        }
        boolean sends = all.stream().anyMatch(Signal::deflecting);
        boolean owns = all.stream().anyMatch(s -> !s.deflecting() && !s.kind().equals("apology"));
        if (sends && !tried.isEmpty()) {
            all.add(new Signal("already-tried", ALREADY_TRIED, "sends the customer where they already tried", null));
        }
        if (sends && !owns) {
            all.add(new Signal("no-owner", NO_OWNER, "no owner, no next step, no date", null));
        }
        all.sort(Comparator.comparingDouble((Signal s) -> -Math.abs(s.weight())));
        double raw = BIAS + all.stream().mapToDouble(Signal::weight).sum();
        double value = Math.round(1000.0 / (1 + Math.exp(-raw))) / 1000.0;
        return new DeflectionScore(value, value >= Verdict.THRESHOLD, List.copyOf(all));
    }

    private static void add(List<Signal> all, List<Place> places, Kind kind, String name, double weight, String what) {
        places.stream().filter(p -> p.kind() == kind).findFirst()
                .ifPresent(p -> all.add(new Signal(name, weight, what + ": " + p.written(), p.written())));
    }
}
