package org.switchboard.domain;

import java.util.List;

/**
 * The facts of an errand as a short message for a team chat (Teams or Slack incoming webhook):
 * a title, a text and labelled facts, all plain text.
 */
public record ErrandCard(String title, String text, List<Fact> facts) {
    /** One labelled line: "Due" → "Friday, 27 November 2026". */
    public record Fact(String label, String value) {}

    public ErrandCard {
        Require.notBlank(title, "title");
        text = text == null ? "" : text;
        facts = Require.copy(facts);
    }
}
