package org.switchboard.service.errands;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Draft;
import org.switchboard.domain.ErrandRef;
import org.switchboard.domain.Message;
import org.switchboard.domain.Platform;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.domain.port.DraftRepository;
import org.switchboard.domain.port.MessageRepository;

/**
 * Honest updates for the customer, drafted (never sent) in the customer's language: after a forward,
 * who has it and by when they hear back; after the unit reports it done, the result and the question
 * whether it is fixed. The language is guessed from the customer's own words with a small list of very
 * common German and English words — enough to tell the two apart, and a tie goes to German (the
 * organisations are German). Background threads only (writes drafts).
 */
final class CustomerDrafts {
    private static final Set<String> GERMAN = Set.of("der", "die", "das", "und", "ist", "nicht", "ich", "wir", "sie",
            "mit", "auf", "ein", "eine", "seit", "bitte", "danke", "hallo", "schon", "noch", "auch", "wie", "was",
            "bei", "für", "heute", "mein", "meine", "wird", "kein", "keine", "vom", "zum", "zur", "guten", "tag");
    private static final Set<String> ENGLISH = Set.of("the", "and", "is", "not", "i", "we", "you", "with", "on", "a",
            "an", "since", "please", "thanks", "hello", "hi", "already", "still", "also", "how", "what", "it", "my",
            "this", "for", "today", "will", "no", "of", "to", "at", "in", "was", "are", "dear");

    private final DraftRepository drafts;
    private final MessageRepository messages;
    private final Clock clock;

    CustomerDrafts(DraftRepository drafts, MessageRepository messages, Clock clock) {
        this.drafts = drafts;
        this.messages = messages;
        this.clock = clock;
    }

    /** {@code de} or {@code en}, from what the customer wrote on this case. */
    static String language(List<Message> conversation) {
        int german = 0;
        int english = 0;
        for (Message m : conversation) {
            if (m.direction() != Direction.IN) {
                continue;
            }
            String text = m.text().toLowerCase(Locale.ROOT);
            german += (int) text.chars().filter(c -> c == 'ä' || c == 'ö' || c == 'ü' || c == 'ß').count();
            for (String word : text.split("[^\\p{L}]+")) {
                german += GERMAN.contains(word) ? 1 : 0;
                english += ENGLISH.contains(word) ? 1 : 0;
            }
        }
        return english > german ? "en" : "de";
    }

    Draft forwarded(long caseId, String unitName, ErrandRef ref, Instant due, ZoneId zone) {
        List<Message> conversation = messages.forCase(caseId);
        ErrandTexts t = ErrandTexts.of(language(conversation), zone);
        return save(caseId, conversation, t.get("draft.forwarded", unitName, ref.value(), t.date(due)));
    }

    Draft done(long caseId, String unitName, ErrandRef ref, ZoneId zone) {
        List<Message> conversation = messages.forCase(caseId);
        ErrandTexts t = ErrandTexts.of(language(conversation), zone);
        return save(caseId, conversation, t.get("draft.done", unitName, ref.value()));
    }

    /** A draft on the channel of the customer's latest message, answering it. */
    private Draft save(long caseId, List<Message> conversation, String text) {
        Message latest = conversation.stream().filter(m -> m.direction() == Direction.IN)
                .max(Comparator.comparing(Message::createdAt)).orElse(null);
        ReplyChannel channel = latest == null ? ReplyChannel.PUBLIC : latest.platform() == Platform.EMAIL
                ? ReplyChannel.EMAIL : latest.kind().isPrivate() ? ReplyChannel.DIRECT : ReplyChannel.PUBLIC;
        Instant now = clock.instant();
        return drafts.insert(new Draft(0, caseId, channel, latest == null ? null : latest.externalId(), text,
                Draft.State.EDITING, now, now, 0));
    }
}
