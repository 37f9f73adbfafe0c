package org.switchboard.service.contacts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.switchboard.domain.Case;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Identity;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.Platform;
import org.switchboard.domain.ValidationException;
import org.switchboard.service.Agent;
import org.switchboard.service.Audit;
import org.switchboard.service.cases.PossibleDuplicates;
import org.switchboard.service.cases.Repositories;

/**
 * "Probably the same person": other contacts with the same e-mail address, the same phone number, the same
 * name, or who wrote closely matching words on another platform within a few days. Each suggestion names
 * its reasons; accepting links the two contacts, dismissing is remembered so it is not offered again.
 * Background threads only.
 */
public final class ContactSuggestions {
    /** Why two contacts are probably one person. */
    public enum Reason { EMAIL, PHONE, NAME, WORDING }

    /**
     * One suggestion; for {@link Reason#WORDING} the two cases whose words matched, their similarity (share of
     * the stems, 0…1) and some of the shared words.
     */
    public record Suggestion(Contact other, Set<Reason> reasons, Long caseId, Long otherCaseId, double similarity,
                             List<String> sharedWords) {}

    /** How far apart two messages on different platforms may be to count as one person repeating themselves. */
    static final Duration WORDING_WINDOW = Duration.ofDays(7);
    /**
     * The share of stems two texts must have in common. Higher than for duplicate cases (0.3): somebody writing
     * again on another platform repeats most of their words, while a neighbour reporting the same puddle does not.
     */
    static final double WORDING_SIMILARITY = 0.5;
    /** The contact's latest cases compared for wording (older ones rarely matter and each costs a scan). */
    private static final int CASES_COMPARED = 10;

    private final Repositories repos;
    private final PossibleDuplicates duplicates;
    private final ContactService contacts;
    private final Audit audit;
    private final Clock clock;
    private final Agent agent;

    public ContactSuggestions(Repositories repos, PossibleDuplicates duplicates, ContactService contacts, Audit audit,
                              Clock clock, Agent agent) {
        this.repos = repos;
        this.duplicates = duplicates;
        this.contacts = contacts;
        this.audit = audit;
        this.clock = clock;
        this.agent = agent;
    }

    /** The suggestions for {@code contactId}, strongest first (more reasons first); dismissed ones left out. */
    public List<Suggestion> of(long contactId) {
        Contact me = repos.contacts().find(contactId).orElseThrow(() -> new NotFoundException("contact", contactId));
        List<Identity> mine = repos.contacts().identities(contactId);
        Set<Long> dismissed = repos.contacts().dismissed(contactId);
        Map<Long, Suggestion> found = new LinkedHashMap<>();
        for (Contact other : repos.contacts().sharingDetails(contactId)) {
            List<Identity> theirs = repos.contacts().identities(other.id());
            Set<Reason> reasons = EnumSet.noneOf(Reason.class);
            if (shares(emails(me, mine), emails(other, theirs))) {
                reasons.add(Reason.EMAIL);
            }
            if (shares(phones(me, mine), phones(other, theirs))) {
                reasons.add(Reason.PHONE);
            }
            if (name(me.name()).equals(name(other.name()))) {
                reasons.add(Reason.NAME);
            }
            if (!reasons.isEmpty()) {
                found.put(other.id(), new Suggestion(other, reasons, null, null, 0, List.of()));
            }
        }
        wording(contactId, found);
        List<Suggestion> out = new ArrayList<>(found.values());
        out.removeIf(s -> dismissed.contains(s.other().id()) || s.other().id() == contactId);
        out.sort(Comparator.comparingInt((Suggestion s) -> -s.reasons().size())
                .thenComparing(s -> -s.similarity()).thenComparingLong(s -> s.other().id()));
        return out;
    }

    /** "Not the same person": not offered again, for either of the two. */
    public void dismiss(long contactId, long otherId) {
        if (contactId == otherId) {
            throw new ValidationException("a contact cannot be dismissed as not being itself");
        }
        repos.tx().inTransaction(() -> {
            repos.contacts().dismiss(contactId, otherId, agent.name(), clock.instant());
            audit.record("contact.suggestion-dismissed", "contact", contactId, "not the same as contact " + otherId);
            return null;
        });
    }

    /** "Same person": links the other contact into this one (see {@link ContactService#link}). */
    public Contact accept(long contactId, long otherId) {
        return contacts.link(contactId, otherId);
    }

    private void wording(long contactId, Map<Long, Suggestion> found) {
        List<Case> recent = repos.cases().casesOf(contactId).stream()
                .sorted(Comparator.comparing(Case::lastActivityAt).reversed()).limit(CASES_COMPARED).toList();
        for (Case mine : recent) {
            for (PossibleDuplicates.Match m : duplicates.of(mine.id())) {
                if (m.similarity() < WORDING_SIMILARITY) {
                    continue;
                }
                Case theirs = repos.cases().find(m.caseId()).orElse(null);
                if (theirs == null || theirs.contactId() == contactId || theirs.platform() == mine.platform()
                        || Duration.between(theirs.lastActivityAt(), mine.lastActivityAt()).abs().compareTo(WORDING_WINDOW) > 0) {
                    continue;
                }
                Suggestion before = found.get(theirs.contactId());
                if (before != null && before.similarity() >= m.similarity()) {
                    continue;
                }
                Set<Reason> reasons = EnumSet.of(Reason.WORDING);
                Contact other = before != null ? before.other()
                        : repos.contacts().find(theirs.contactId()).orElse(null);
                if (other == null) {
                    continue;
                }
                if (before != null) {
                    reasons.addAll(before.reasons());
                }
                found.put(other.id(), new Suggestion(other, reasons, mine.id(), theirs.id(), m.similarity(),
                        m.sharedWords()));
            }
        }
    }

    private static Set<String> emails(Contact c, List<Identity> identities) {
        Set<String> out = new java.util.HashSet<>();
        if (c.email() != null) {
            out.add(c.email().strip().toLowerCase(Locale.ROOT));
        }
        identities.stream().filter(i -> i.platform() == Platform.EMAIL)
                .forEach(i -> out.add(i.handle().strip().toLowerCase(Locale.ROOT)));
        return out;
    }

    private static Set<String> phones(Contact c, List<Identity> identities) {
        Set<String> out = new java.util.HashSet<>();
        if (c.phone() != null) {
            out.add(digits(c.phone()));
        }
        identities.stream().filter(i -> i.platform() == Platform.PHONE).forEach(i -> out.add(digits(i.handle())));
        out.remove("");
        return out;
    }

    private static String digits(String phone) {
        return phone.replaceAll("[^0-9+]", "");
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static String name(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
