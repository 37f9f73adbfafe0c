package org.switchboard.domain;

import java.util.List;

/**
 * A person in the directory. Empty keywords, due days, office hours and escalation contact are
 * inherited from the person's unit.
 */
public record Person(long id, String key, String name, String unitKey, String email, List<String> phones,
                     List<String> keywords, Integer dueDays, String officeHours, String escalatesTo,
                     long version) {
    public Person {
        DirectoryKey.check(key, "person key");
        Require.maxLength(Require.notBlank(name, "person name"), 200, "person name");
        unitKey = Require.blankToNull(unitKey);
        if (unitKey != null) {
            DirectoryKey.check(unitKey, "unit of " + key);
        }
        email = DirectoryKey.email(email);
        phones = Require.copy(phones);
        keywords = Require.copy(keywords);
        dueDays = DirectoryKey.dueDays(dueDays);
        officeHours = Require.blankToNull(officeHours);
        escalatesTo = Require.blankToNull(escalatesTo);
    }
}
