package org.switchboard.app.bench;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Realistic German and English customer messages for the benchmark: concerns about places, transport and
 * services, of realistic lengths (most a few sentences, some long), deterministic for a given seed.
 */
final class SyntheticTexts {
    private static final List<String> DE_PROBLEMS = List.of("die Bank ist kaputt", "überall liegt Müll",
            "der Gehweg ist abgesackt und es steht eine riesige Pfütze", "die Straßenlaterne ist seit Tagen aus",
            "ein Schlagloch so groß wie ein Reifen", "die Ampel zeigt dauernd Rot", "der Bus kam wieder nicht",
            "der RE 7 hatte 40 Minuten Verspätung", "der Aufzug am Bahnhof ist defekt", "Graffiti an der Unterführung",
            "die Container sind übervoll", "ein Baum ist nach dem Sturm umgestürzt", "der Spielplatz ist verdreckt",
            "mein Laptop blieb in der Linie 5 liegen", "die Ticket-App stürzt beim Bezahlen ab");
    private static final List<String> EN_PROBLEMS = List.of("the bench is broken", "there is rubbish everywhere",
            "the pavement has sunk and there is a huge puddle", "the street light has been out for days",
            "a pothole the size of a tyre", "the bus did not come again", "the train was 40 minutes late",
            "the lift at the station is out of order", "graffiti all over the underpass",
            "the recycling containers are overflowing", "a tree fell after the storm", "the playground is filthy",
            "I left my laptop on bus line 5", "the ticket app crashes when I pay");
    private static final List<String> PLACES = List.of("Rosengarten", "Bahnhofstraße", "Marktplatz", "Goethestraße",
            "Stadtpark", "Hauptbahnhof", "Kaistraße", "Schulstraße", "Mühlenweg", "Lindenallee", "Hafenstraße");
    private static final List<String> DE_OPENERS = List.of("Hallo liebe Stadt,", "Guten Tag,", "Moin,",
            "Sehr geehrte Damen und Herren,", "Hey,", "");
    private static final List<String> DE_CLOSERS = List.of("Bitte kümmert euch darum!", "Danke im Voraus.",
            "Ich habe schon zweimal an das Umweltamt geschrieben, keine Antwort.", "Wann passiert da endlich was?",
            "Viele Grüße", "");
    private static final List<String> EN_OPENERS = List.of("Hi,", "Hello there,", "Dear city team,", "");
    private static final List<String> EN_CLOSERS = List.of("Please fix it!", "Thanks in advance.",
            "I already emailed the parks department twice and never heard back.", "When will this be done?", "");

    private static final List<String> DE_NOTES = List.of("Hat schon zweimal angerufen, ist verärgert.",
            "Laut Straßenbauamt ist die Stelle bekannt, Reparatur ist für nächste Woche geplant.",
            "Kunde möchte per E-Mail informiert werden, nicht öffentlich.", "Foto fehlt noch, nachgefragt.",
            "Dublette zu einem älteren Fall, gleiche Stelle am Marktplatz.",
            "Achtung: schreibt auch an die Presse. Antwort vorher mit der Pressestelle abstimmen.",
            "Fundsache liegt im Fundbüro, Abholung Mo–Fr 8–16 Uhr.", "Rückruf vereinbart für Donnerstag 10 Uhr.",
            "Betrifft auch die Nachbarschaft, mehrere Meldungen aus der Goethestraße.",
            "Laut Verkehrsbetrieben Ausfall wegen Personalmangel, Erstattung über das Formular möglich.");
    private static final List<String> EN_NOTES = List.of("Called twice already, quite upset.",
            "Roads office knows the spot, repair is scheduled for next week.",
            "Wants an answer by e-mail, not in public.", "Photo still missing, asked for it.",
            "Duplicate of an older case, same spot on the Marktplatz.",
            "Careful: also wrote to the press. Agree the answer with the press office first.",
            "Item is at the lost property office, pick-up Mon–Fri 8am–4pm.", "Call back agreed for Thursday 10am.",
            "Several neighbours reported the same, all from Goethestraße.",
            "Transit says the bus was cancelled for lack of drivers; refund through the form.");

    private final RandomGenerator random;

    SyntheticTexts(RandomGenerator random) {
        this.random = random;
    }

    String message(boolean german) {
        StringBuilder s = new StringBuilder();
        String opener = pick(german ? DE_OPENERS : EN_OPENERS);
        if (!opener.isEmpty()) {
            s.append(opener).append("\n\n");
        }
        int problems = random.nextInt(10) < 8 ? 1 : 2;
        for (int i = 0; i < problems; i++) {
            String p = pick(german ? DE_PROBLEMS : EN_PROBLEMS);
            String place = pick(PLACES);
            s.append(german ? "Am " + place + " " + p + ". " : "At " + place + " " + p + ". ");
        }
        if (random.nextInt(20) == 0) { // one in twenty writes at length
            for (int i = 0; i < 6; i++) {
                s.append(pick(german ? DE_PROBLEMS : EN_PROBLEMS)).append(". ");
            }
        }
        s.append(pick(german ? DE_CLOSERS : EN_CLOSERS));
        return s.toString().strip();
    }

    String reply(boolean german) {
        return german ? "Danke für Ihren Hinweis, wir haben das an die zuständige Stelle weitergegeben."
                : "Thanks for letting us know, we have passed this on to the responsible team.";
    }

    /** An agent's internal note: mostly one sentence, sometimes two or three. */
    String note(boolean german) {
        StringBuilder s = new StringBuilder(pick(german ? DE_NOTES : EN_NOTES));
        int more = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2);
        for (int i = 0; i < more; i++) {
            s.append(' ').append(pick(german ? DE_NOTES : EN_NOTES));
        }
        return s.toString();
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
