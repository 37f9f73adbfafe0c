package org.switchboard.domain;

import java.time.Instant;

/** A person outside the organisation. Identities and earlier attempts hang off it by {@code id}. */
public record Contact(long id, String name, String email, String phone, Instant createdAt, long version) {
    public Contact {
        Require.maxLength(Require.notBlank(name, "contact name"), 200, "contact name");
        email = Require.blankToNull(email);
        phone = Require.blankToNull(phone);
        Require.notNull(createdAt, "createdAt");
    }
}
