package org.switchboard.domain;

import java.util.List;

/**
 * A department, team or external partner in the organisation's directory: how to reach it and what it
 * is responsible for.
 */
public record Unit(long id, String key, String name, String email, List<String> phones, String webhookUrl,
                   String open311Endpoint, String open311ServiceCode, List<String> keywords,
                   List<String> categories, Integer dueDays, String officeHours, String escalatesTo,
                   long version) {
    public Unit {
        DirectoryKey.check(key, "unit key");
        Require.maxLength(Require.notBlank(name, "unit name"), 200, "unit name");
        email = DirectoryKey.email(email);
        phones = Require.copy(phones);
        webhookUrl = Require.blankToNull(webhookUrl);
        open311Endpoint = Require.blankToNull(open311Endpoint);
        open311ServiceCode = Require.blankToNull(open311ServiceCode);
        keywords = Require.copy(keywords);
        categories = Require.copy(categories);
        dueDays = DirectoryKey.dueDays(dueDays);
        officeHours = Require.blankToNull(officeHours);
        escalatesTo = Require.blankToNull(escalatesTo);
    }
}
