package org.switchboard.service.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.switchboard.domain.Case;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.ValidationException;

/**
 * Concerns that reached the organisation outside the connected platforms — a call, a letter, a visit
 * at the counter, an e-mail to someone's own address — logged as cases and then worked like any other.
 * Background threads only.
 */
public final class ManualIntake {
    private static final Set<Platform> CHANNELS = Set.of(Platform.PHONE, Platform.LETTER, Platform.WALK_IN,
            Platform.EMAIL, Platform.OTHER);

    private final ConversationService conversations;
    private final Clock clock;

    public ManualIntake(ConversationService conversations, Clock clock) {
        this.conversations = conversations;
        this.clock = clock;
    }

    /** What a person told us, and how to reach them again. */
    public record Concern(Platform channel, String name, String handle, String email, String phone, String text) {
        public Concern {
            if (channel == null || !CHANNELS.contains(channel)) {
                throw new ValidationException("the channel must be phone, letter, walk-in, email or other");
            }
            if (name == null || name.isBlank()) {
                throw new ValidationException("say who it is from (a name, or e.g. 'Anonymous caller')");
            }
            if (text == null || text.isBlank()) {
                throw new ValidationException("the concern's text is empty");
            }
        }
    }

    /** Logs the concern as a new case; the contact is found again by e-mail, phone or handle. */
    public Case log(Concern c) {
        List<ContactRef.Handle> handles = new ArrayList<>();
        if (c.email() != null && !c.email().isBlank()) {
            handles.add(new ContactRef.Handle(Platform.EMAIL, c.email().strip().toLowerCase(java.util.Locale.ROOT),
                    "mailto:" + c.email().strip()));
        }
        if (c.phone() != null && !c.phone().isBlank()) {
            handles.add(new ContactRef.Handle(Platform.PHONE, normalisePhone(c.phone()), "tel:" + normalisePhone(c.phone())));
        }
        if (c.handle() != null && !c.handle().isBlank()) {
            handles.add(new ContactRef.Handle(c.channel(), c.handle().strip(), null));
        }
        Contact contact = conversations.findOrCreateContact(new ContactRef(c.name().strip(), c.email(), c.phone(),
                handles));
        return conversations.openCase(contact, new NewMessage(null, c.channel(), null, Direction.IN, MessageKind.MANUAL,
                c.name().strip(), c.text().strip(), null, clock.instant(), null, List.of(), null, null, List.of()),
                Priority.NORMAL);
    }

    /** Digits and a leading +, so "+49 30 1234-410" and "+49301234410" are the same person. */
    static String normalisePhone(String phone) {
        String p = phone.strip();
        String digits = p.replaceAll("[^0-9]", "");
        return p.startsWith("+") ? "+" + digits : digits;
    }
}
