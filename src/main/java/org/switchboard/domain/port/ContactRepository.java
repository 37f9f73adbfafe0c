package org.switchboard.domain.port;

import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Contact;
import org.switchboard.domain.EarlierAttempt;
import org.switchboard.domain.Identity;
import org.switchboard.domain.Platform;

/** Contacts with their identities and earlier attempts. */
public interface ContactRepository {
    Contact insert(Contact contact);

    Optional<Contact> find(long id);

    /** Writes name, e-mail and phone if {@code contact.version()} is still current; throws StaleWriteException otherwise. */
    Contact update(Contact contact);

    Identity addIdentity(Identity identity);

    List<Identity> identities(long contactId);

    Optional<Identity> findIdentity(Platform platform, String handle);

    /** The identities on {@code platform} with any of these handles, by handle. */
    java.util.Map<String, Identity> findIdentities(Platform platform, java.util.Collection<String> handles);

    /** The identities of these contacts, by contact id (each list in id order). */
    java.util.Map<Long, List<Identity>> identitiesOf(java.util.Collection<Long> contactIds);

    /** The contacts with these ids (those that exist), in no particular order. */
    List<Contact> findAll(java.util.Collection<Long> ids);

    EarlierAttempt addAttempt(EarlierAttempt attempt);

    List<EarlierAttempt> attempts(long contactId);

    long count();

    /** Moves identities, earlier attempts and cases of {@code fromId} to {@code toId} and marks it merged. */
    void mergeInto(long fromId, long toId);

    /** The contact an identity belongs to. */
    Optional<Long> identityOwner(long identityId);

    /** Moves one identity to another contact (unlink: to a new contact). */
    void moveIdentity(long identityId, long toContactId);

    /** Contacts that share an e-mail or phone identity handle, or the same name, with {@code contactId}. */
    List<Contact> sharingDetails(long contactId);

    /** Moves the cases and messages of {@code platform} from one contact to another (unlink: nothing lost). */
    void moveCasesOfPlatform(long fromContactId, long toContactId, Platform platform);

    /** Remembers that an agent said two contacts are not the same person. */
    void dismiss(long contactId, long otherId, String by, java.time.Instant at);

    /** The contacts dismissed as "not the same person" as {@code contactId}. */
    java.util.Set<Long> dismissed(long contactId);

    /** Contacts (not merged away) whose name or one of whose handles contains {@code text}, at most {@code limit}. */
    List<Contact> find(String text, int limit);
}
