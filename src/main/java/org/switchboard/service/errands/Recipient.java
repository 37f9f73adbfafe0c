package org.switchboard.service.errands;

import java.util.List;
import java.util.stream.Collectors;
import org.switchboard.domain.OfficeHours;
import org.switchboard.domain.Person;
import org.switchboard.domain.Unit;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.port.DirectoryRepository;

/**
 * Whom an errand goes to: a unit, or a person who inherits their unit's due days, office hours and
 * escalation contact where they leave them empty (CLI.md "Directory files").
 */
record Recipient(String key, String name, String email, List<String> phones, String webhookUrl,
                 String open311Endpoint, String open311ServiceCode, int dueDays, OfficeHours hours,
                 String escalatesTo) {
    /** Days until an answer is due when neither the unit nor the person says. */
    static final int DEFAULT_DUE_DAYS = 5;

    static Recipient resolve(DirectoryRepository directory, String key) {
        if (key == null || key.isBlank()) {
            throw new ValidationException("say which unit the case goes to (--to UNIT, a key from 'directory list')");
        }
        String k = key.strip();
        return directory.unit(k).map(Recipient::of)
                .or(() -> directory.person(k).map(p -> of(p, p.unitKey() == null ? null
                        : directory.unit(p.unitKey()).orElse(null))))
                .orElseThrow(() -> new ValidationException("there is no unit or person '" + k + "' in the directory; "
                        + "known units: " + directory.units().stream().map(Unit::key).sorted()
                        .collect(Collectors.joining(", ")) + " ('directory list' shows all)"));
    }

    static Recipient of(Unit u) {
        return new Recipient(u.key(), u.name(), u.email(), u.phones(), u.webhookUrl(), u.open311Endpoint(),
                u.open311ServiceCode(), u.dueDays() != null ? u.dueDays() : DEFAULT_DUE_DAYS,
                OfficeHours.parse(u.officeHours()), u.escalatesTo());
    }

    static Recipient of(Person p, Unit unit) {
        Integer due = p.dueDays() != null ? p.dueDays() : unit != null ? unit.dueDays() : null;
        String hours = p.officeHours() != null ? p.officeHours() : unit != null ? unit.officeHours() : null;
        String escalates = p.escalatesTo() != null ? p.escalatesTo() : unit != null ? unit.escalatesTo() : null;
        return new Recipient(p.key(), p.name(), p.email(), p.phones(), unit == null ? null : unit.webhookUrl(),
                unit == null ? null : unit.open311Endpoint(), unit == null ? null : unit.open311ServiceCode(),
                due != null ? due : DEFAULT_DUE_DAYS, OfficeHours.parse(hours), escalates);
    }

    String firstPhone() {
        return phones.isEmpty() ? null : phones.getFirst();
    }
}
