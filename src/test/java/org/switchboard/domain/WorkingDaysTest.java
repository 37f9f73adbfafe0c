package org.switchboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.mail.MailCursor;
import org.switchboard.domain.mail.MailServer;

/** Working days of office hours, and the mailbox's server addresses and read position. */
class WorkingDaysTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final WorkingDays weekdays = new WorkingDays(OfficeHours.parse("Mo-Fr 07:00-15:30"), BERLIN);

    @Test
    void deadlinesAreTheCloseOfBusinessOfTheNthWorkingDaySkippingWeekends() {
        Instant friday = Instant.parse("2026-11-27T10:00:00Z");
        assertThat(weekdays.after(friday, 1)).isEqualTo(Instant.parse("2026-11-30T14:30:00Z")); // Monday
        assertThat(weekdays.after(friday, 0)).isEqualTo(Instant.parse("2026-11-27T14:30:00Z")); // today, still ahead
        assertThat(weekdays.after(Instant.parse("2026-11-27T16:00:00Z"), 0))
                .isEqualTo(Instant.parse("2026-11-30T14:30:00Z"));
        assertThat(weekdays.after(Instant.parse("2026-11-28T10:00:00Z"), 1)) // a Saturday
                .isEqualTo(Instant.parse("2026-11-30T14:30:00Z"));
    }

    @Test
    void aDayWithSeveralWindowsClosesWithItsLatestAndAlwaysOpenCountsEveryDay() {
        WorkingDays split = new WorkingDays(OfficeHours.parse("Mo 08:00-12:00; Mo 13:00-18:00; Do 08:00-16:00"), BERLIN);
        assertThat(split.after(Instant.parse("2026-11-23T06:00:00Z"), 1)).isEqualTo(Instant.parse("2026-11-26T15:00:00Z"));
        assertThat(split.after(Instant.parse("2026-11-24T06:00:00Z"), 2)).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
        WorkingDays always = new WorkingDays(OfficeHours.ALWAYS, BERLIN);
        assertThat(always.after(Instant.parse("2026-11-28T10:00:00Z"), 2)).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
        assertThatThrownBy(() -> weekdays.after(Instant.EPOCH, -1)).isInstanceOf(ValidationException.class);
    }

    @Test
    void mailServerAddressesAreReadWithDefaultsAndNamedWhenWrong() {
        MailServer s = MailServer.parse("smtps://mail.city.example", MailServer.Protocol.SMTP, "--smtp");
        assertThat(s.tls()).isTrue();
        assertThat(s.port()).isEqualTo(465);
        assertThat(MailServer.parse("imap://127.0.0.1:3143", MailServer.Protocol.IMAP, "--imap").loopback()).isTrue();
        assertThat(MailServer.parse("imap://mail.city.example", MailServer.Protocol.IMAP, "--imap").port()).isEqualTo(143);
        assertThatThrownBy(() -> MailServer.parse("imaps://u:pw@mail.example", MailServer.Protocol.IMAP, "--imap"))
                .hasMessageContaining("user and password are given separately");
        assertThatThrownBy(() -> MailServer.parse("smtp://mail.example", MailServer.Protocol.IMAP, "--imap"))
                .hasMessageContaining("must start with imap:// or imaps://");
    }

    @Test
    void theReadPositionStartsOverWhenUidValidityChanges() {
        MailCursor c = MailCursor.parse("17:40");
        assertThat(c.after(17, 41)).isEqualTo(new MailCursor(17, 41));
        assertThat(c.after(17, 12)).isEqualTo(new MailCursor(17, 40));
        assertThat(c.after(99, 3)).isEqualTo(new MailCursor(99, 3));
        assertThat(MailCursor.parse("garbage")).isEqualTo(MailCursor.START);
    }
}
