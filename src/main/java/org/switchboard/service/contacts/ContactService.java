package org.switchboard.service.contacts;

import java.time.Clock;
import java.util.List;
import org.switchboard.domain.Case;
import org.switchboard.domain.Contact;
import org.switchboard.domain.EarlierAttempt;
import org.switchboard.domain.Identity;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.Note;
import org.switchboard.domain.Platform;
import org.switchboard.domain.ValidationException;
import org.switchboard.service.Audit;
import org.switchboard.service.cases.Repositories;
import org.switchboard.service.events.Event;
import org.switchboard.service.events.EventBus;

/**
 * One person, many identities: the contact profile, linking two contacts into one (all identities, cases,
 * earlier attempts and notes move; recorded in the audit log), unlinking an identity into a contact of its
 * own, and suggestions of contacts that are probably the same person. Background threads only.
 */
public final class ContactService {
    /** Everything known about one person. */
    public record Profile(Contact contact, List<Identity> identities, List<EarlierAttempt> attempts, List<Case> cases,
                          List<Note> notes, List<Contact> possiblySame) {}

    private final Repositories repos;
    private final Audit audit;
    private final EventBus events;
    private final Clock clock;

    public ContactService(Repositories repos, Audit audit, EventBus events, Clock clock) {
        this.repos = repos;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public Profile profile(long contactId) {
        Contact c = find(contactId);
        // "Not the same person" said by an agent holds here too (the CLI's contact show lists these).
        java.util.Set<Long> dismissed = repos.contacts().dismissed(contactId);
        List<Contact> possiblySame = repos.contacts().sharingDetails(contactId).stream()
                .filter(o -> !dismissed.contains(o.id())).toList();
        return new Profile(c, repos.contacts().identities(contactId), repos.contacts().attempts(contactId),
                repos.cases().casesOf(contactId), repos.notes().forContact(contactId), possiblySame);
    }

    /** Makes {@code otherId} part of {@code keepId}: nothing is lost, and the merge is recorded. */
    public Contact link(long keepId, long otherId) {
        if (keepId == otherId) {
            throw new ValidationException("a contact cannot be linked with itself");
        }
        List<Case> touched = repos.cases().casesOf(otherId);
        Contact kept = repos.tx().inTransaction(() -> {
            Contact keep = find(keepId);
            Contact other = find(otherId);
            repos.contacts().mergeInto(otherId, keepId);
            repos.notes().moveContactNotes(otherId, keepId);
            audit.record("contact.linked", "contact", keepId, "merged contact " + otherId + " (" + other.name() + ")");
            audit.record("contact.merged-into", "contact", otherId, "into " + keepId);
            return keep;
        });
        touched.forEach(c -> events.publish(new Event.CaseChanged(c.id(), false)));
        return kept;
    }

    /** Takes one identity out of its contact into a new contact of its own; returns the new contact. */
    public Contact unlink(long identityId) {
        Contact fresh = repos.tx().inTransaction(() -> {
            Identity identity = repos.contacts().identities(ownerOf(identityId)).stream()
                    .filter(i -> i.id() == identityId).findFirst()
                    .orElseThrow(() -> new NotFoundException("identity", identityId));
            if (repos.contacts().identities(identity.contactId()).size() < 2) {
                throw new ValidationException("this is the contact's only identity; there is nothing to unlink");
            }
            String name = identity.displayName() != null ? identity.displayName() : identity.handle();
            Contact created = repos.contacts().insert(new Contact(0, name,
                    identity.platform() == Platform.EMAIL ? identity.handle() : null,
                    identity.platform() == Platform.PHONE ? identity.handle() : null, clock.instant(), 0));
            repos.contacts().moveIdentity(identityId, created.id());
            // Its cases and messages go with it, unless another identity on the same platform stays behind
            // (then we cannot tell whose they are, and they stay where they were; nothing is lost either way).
            boolean platformShared = repos.contacts().identities(identity.contactId()).stream()
                    .anyMatch(i -> i.platform() == identity.platform());
            if (!platformShared) {
                repos.contacts().moveCasesOfPlatform(identity.contactId(), created.id(), identity.platform());
            }
            audit.record("contact.unlinked", "contact", identity.contactId(),
                    identity.platform().id() + " " + identity.handle() + " to contact " + created.id());
            audit.record("contact.split-off", "contact", created.id(), "from contact " + identity.contactId());
            return created;
        });
        repos.cases().casesOf(fresh.id()).forEach(c -> events.publish(new Event.CaseChanged(c.id(), false)));
        return fresh;
    }

    /** Contacts whose name or a handle contains {@code text} (the "link with…" field), at most 20. */
    public List<Contact> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return repos.contacts().find(text, 20);
    }

    private long ownerOf(long identityId) {
        return repos.contacts().identityOwner(identityId)
                .orElseThrow(() -> new NotFoundException("identity", identityId));
    }

    private Contact find(long id) {
        return repos.contacts().find(id).orElseThrow(() -> new NotFoundException("contact", id));
    }
}
