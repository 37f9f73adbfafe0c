package org.switchboard.service.routing;

/**
 * One reason to send a problem to a unit, in the parts its sentence is made of: {@code word} {@code verb}
 * {@code term} {@code note} — "'Bänke' matches keyword 'Bank'", "tag 'Müll' matches keyword 'Müll'",
 * "2 similar cases went to Grünflächenamt".
 *
 * @param note    why it counts less, or null
 * @param profile the directory term it names, for finding similar cases; null for tags and history
 */
record Evidence(String unitKey, String word, String verb, String term, double weight, String note,
                String profile) {}
