package org.switchboard.service.errands;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.switchboard.domain.Attachment;
import org.switchboard.domain.Direction;
import org.switchboard.domain.EarlierAttempt;
import org.switchboard.domain.Errand;
import org.switchboard.domain.Identity;
import org.switchboard.domain.Message;
import org.switchboard.domain.mail.MailAttachment;
import org.switchboard.domain.mail.MailSettings;
import org.switchboard.domain.mail.OutgoingMail;
import org.switchboard.service.cases.CaseDetail;

/**
 * The dossier mail: everything a colleague needs without opening Switchboard — who wrote, on which
 * platform, all the case's messages with links to the originals, photos (attached when they could be
 * fetched within the cap, otherwise linked, and the mail says which), what the customer already tried,
 * the agent's note, the due date and four one-click answers. The subject carries the reference
 * ({@code [SB-2026-000142] …}); Reply-To is the errands mailbox. Pure; any thread.
 */
final class Dossier {
    /** The four answer words of CLI.md, in the subject of the one-click answers. */
    static final List<String> ANSWERS = List.of("RECEIVED", "IN PROGRESS", "DONE", "NOT OURS");
    private static final List<String> ANSWER_KEYS = List.of("dossier.answer.received", "dossier.answer.in-progress",
            "dossier.answer.done", "dossier.answer.not-ours");
    private static final int SUBJECT_PREVIEW = 70;

    /** What to put in: the errand, its recipient, the case, the agent's note, and the fetched photos by URL. */
    record Input(Errand errand, Recipient to, CaseDetail detail, String note, String agent, MailSettings box,
                 String messageId, Map<String, Photos.Result> photos) {}

    private Dossier() {}

    static OutgoingMail compose(Input in, ErrandTexts t) {
        CaseDetail d = in.detail();
        String ref = in.errand().ref().value();
        String platform = d.kase().platform().displayName();
        DossierBlocks b = new DossierBlocks();
        b.add(new DossierBlocks.Para(t.get("dossier.greeting", in.to().name()) + "\n\n"
                + t.get("dossier.intro", platform, t.dateTime(in.errand().dueAt()))));
        if (in.note() != null && !in.note().isBlank()) {
            b.add(new DossierBlocks.Heading(t.get("dossier.note", in.agent())));
            b.add(new DossierBlocks.Quote(in.note()));
        }
        b.add(new DossierBlocks.Heading(t.get("dossier.who")));
        b.add(new DossierBlocks.Para(d.contact().name()));
        for (Identity i : d.identities()) {
            String words = "- " + i.platform().displayName() + ": " + i.handle()
                    + (i.url() == null ? "" : " (" + DossierBlocks.ADDRESS + ")");
            b.add(new DossierBlocks.Line(words, i.url() == null ? "" : i.url()));
        }
        messages(b, in, t);
        attempts(b, d.attempts(), t);
        b.add(new DossierBlocks.Heading(t.get("dossier.answer")));
        List<String[]> links = new ArrayList<>();
        for (int i = 0; i < ANSWERS.size(); i++) {
            links.add(new String[] {t.get(ANSWER_KEYS.get(i)), mailto(in.box().address(), "[" + ref + "] " + ANSWERS.get(i))});
        }
        b.add(new DossierBlocks.Links(links));
        b.add(new DossierBlocks.Para(t.get("dossier.answer.reply", ref)));
        b.add(new DossierBlocks.Para(t.get("dossier.footer", ref, String.valueOf(d.kase().id()),
                t.dateTime(in.errand().dueAt()))));
        List<MailAttachment> files = in.photos().values().stream().filter(p -> p.file() != null)
                .map(Photos.Result::file).toList();
        return new OutgoingMail(in.box().address(), t.get("dossier.from"), List.of(in.errand().recipient()),
                in.box().address(), subject(in, t), b.text(), b.html(), in.messageId(), files);
    }

    static String subject(Input in, ErrandTexts t) {
        CaseDetail d = in.detail();
        return "[" + in.errand().ref().value() + "] " + t.get("dossier.subject", concern(d, SUBJECT_PREVIEW),
                d.kase().platform().displayName(), d.contact().name());
    }

    /**
     * The concern in one short line, as the customer first put it (the case's preview is its latest
     * message, often a mere "Ok danke").
     */
    static String concern(CaseDetail d, int max) {
        String first = d.messages().stream().filter(m -> m.direction() == Direction.IN).map(Message::text).findFirst()
                .orElse(d.kase().preview());
        String line = org.switchboard.domain.Case.previewOf(first).replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1).strip() + "…";
    }

    private static void messages(DossierBlocks b, Input in, ErrandTexts t) {
        b.add(new DossierBlocks.Heading(t.get("dossier.messages")));
        for (Message m : in.detail().messages()) {
            String when = t.shortTime(m.createdAt());
            String where = m.platform().displayName();
            b.add(new DossierBlocks.Para(m.direction() == Direction.OUT ? t.get("dossier.message.out", when, where)
                    : t.get("dossier.message.in", when, where, m.author() == null ? in.detail().contact().name()
                    : m.author())));
            b.add(new DossierBlocks.Quote(m.text()));
            for (Attachment a : m.attachments()) {
                Photos.Result p = in.photos().get(a.url());
                if (p == null) {
                    b.add(new DossierBlocks.Line(t.get("dossier.photo.link", DossierBlocks.ADDRESS), a.url()));
                } else if (p.file() != null) {
                    b.add(new DossierBlocks.Line(t.get("dossier.photo.attached", DossierBlocks.ADDRESS, p.file().name()),
                            a.url()));
                } else {
                    b.add(new DossierBlocks.Line(t.get("dossier.photo.not-attached", DossierBlocks.ADDRESS, p.problem()),
                            a.url()));
                }
            }
            if (m.url() != null) {
                b.add(new DossierBlocks.Line(t.get("dossier.original", DossierBlocks.ADDRESS), m.url()));
            }
        }
    }

    private static void attempts(DossierBlocks b, List<EarlierAttempt> attempts, ErrandTexts t) {
        b.add(new DossierBlocks.Heading(t.get("dossier.attempts")));
        if (attempts.isEmpty()) {
            b.add(new DossierBlocks.Para(t.get("dossier.none")));
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (EarlierAttempt a : attempts) {
            lines.append(a.result() == null
                    ? t.get("dossier.attempt.no-result", a.date().toString(), a.channel(), a.addressee())
                    : t.get("dossier.attempt", a.date().toString(), a.channel(), a.addressee(), a.result())).append('\n');
        }
        b.add(new DossierBlocks.Para(lines.toString().strip()));
    }

    /** A mailto link whose subject is {@code [REF] WORD}; spaces as %20, never '+', which mail programs keep. */
    static String mailto(String address, String subject) {
        return "mailto:" + address + "?subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
