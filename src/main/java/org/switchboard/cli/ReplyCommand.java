package org.switchboard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.switchboard.domain.Case;
import org.switchboard.domain.Direction;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.Draft;
import org.switchboard.domain.Message;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.OutboxEntry;
import org.switchboard.domain.Platform;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.service.Workspace;
import org.switchboard.service.replies.Release;
import org.switchboard.service.replies.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code switchboard reply CASE --text T [--to MESSAGE] [--channel public|direct] [--send] [--json]}: saves the
 * case's draft on the channel; with {@code --send} releases it to the outbox and tries to deliver it at once.
 * Held back when messages arrived since the draft began: they are shown, and the same command run again sends.
 * Exit 0 when saved, sent or safely queued for a retry; 1 when held back, refused or in need of attention.
 */
@Command(name = "reply", description = "saves a draft answering the case's latest inbound message (or --to) on its "
        + "channel; with --send releases it to the outbox and tries to deliver it at once")
final class ReplyCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "CASE")
    String caseId;

    @Option(names = "--text", paramLabel = "T", required = true, description = "the reply")
    String text;

    @Option(names = "--to", paramLabel = "MESSAGE", description = "the message to answer (default: the latest inbound)")
    String to;

    @Option(names = "--channel", paramLabel = "public|direct|email", description = "public reply, direct message or "
            + "e-mail (default: the channel of the message answered; e-mail for a case from the e-mail platform)")
    String channel;

    @Option(names = "--send", description = "release the draft to the outbox and try to deliver it at once")
    boolean send;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        long id = CaseActions.id(caseId);
        Long toMessage = to == null ? null : messageId(to);
        if (text.isBlank()) {
            throw new UserInputException("the reply is empty; give its text with --text \"…\"");
        }
        Workspace ws = root.workspace();
        org.switchboard.service.cases.CaseDetail detail = ws.cases().open(id);
        Case kase = detail.kase();
        // a case from the e-mail platform is answered by e-mail, through the errands mailbox (ADR 0020)
        ReplyChannel ch = kase.platform() == Platform.EMAIL && channel == null ? ReplyChannel.EMAIL
                : channel(detail.messages(), id, toMessage);
        Draft draft = ws.drafts().save(id, ch, text, toMessage);
        if (!send) {
            return print(draft, null, null, List.of(), null, "Draft " + draft.id() + " saved on case " + draft.caseId()
                    + " (" + ch.id() + "). Send it with --send.");
        }
        Release release = ws.outbox().release(draft.id(), false);
        return switch (release) {
            case Release.Conflicts c -> {
                ws.drafts().acknowledgeNewMessages(draft.id()); // shown now: the same command again sends
                String words = "Not sent: " + c.since().size() + " message" + (c.since().size() == 1 ? "" : "s")
                        + " arrived on case " + draft.caseId() + " since the draft began (listed). Read "
                        + (c.since().size() == 1 ? "it" : "them") + ", then run the same command again to send anyway.";
                yield print(draft, null, c.verdict(), c.since(), words, null);
            }
            case Release.Queued q -> {
                OutboxEntry after = ws.outbox().deliverNow(q.entry().id());
                String words = switch (after.state()) {
                    case SENT -> null;
                    case QUEUED, SENDING -> null;
                    case FAILED, NEEDS_ATTENTION -> after.lastError();
                };
                String info = switch (after.state()) {
                    case SENT -> "Sent on " + after.platform().displayName() + " as " + after.externalId() + ".";
                    case QUEUED, SENDING -> "Queued (outbox entry " + after.id() + "): " + after.lastError()
                            + " 'switchboard outbox --flush' or the window sends it.";
                    default -> null;
                };
                yield print(ws.drafts().find(draft.id()), after, q.verdict(), q.acknowledged(), words, info);
            }
        };
    }

    /** The channel asked for, else the one that answers the target without widening who sees it. */
    private ReplyChannel channel(List<Message> messages, long caseId, Long toMessage) {
        if (channel != null) {
            return switch (channel.strip().toLowerCase(Locale.ROOT)) {
                case "public" -> ReplyChannel.PUBLIC;
                case "direct" -> ReplyChannel.DIRECT;
                case "email", "e-mail" -> ReplyChannel.EMAIL;
                default -> throw new UserInputException("--channel takes public, direct or email, not '" + channel
                        + "'");
            };
        }
        Message target = toMessage != null
                ? messages.stream().filter(m -> m.id() == toMessage).findFirst()
                        .orElseThrow(() -> new NotFoundException("message", toMessage + " in case " + caseId))
                : messages.stream().filter(m -> m.direction() == Direction.IN && m.accountId() != null)
                        .max(java.util.Comparator.comparing(Message::createdAt)).orElse(null);
        return target != null && target.kind().isPrivate() ? ReplyChannel.DIRECT : ReplyChannel.PUBLIC;
    }

    private int print(Draft draft, OutboxEntry entry, Verdict verdict, List<Message> conflicts, String problem,
                      String info) {
        if (json) {
            ObjectNode o = JsonOut.object();
            o.putObject("draft").put("id", String.valueOf(draft.id())).put("case", String.valueOf(draft.caseId()))
                    .put("channel", draft.channel().id()).put("state", draft.state().name()).put("text", draft.text())
                    .put("createdAt", JsonOut.time(draft.createdAt()))
                    .put("updatedAt", JsonOut.time(draft.updatedAt()));
            if (entry == null) {
                o.putNull("outbox");
            } else {
                o.set("outbox", OutboxCommand.toJson(entry));
            }
            ArrayNode c = o.putArray("conflicts");
            for (Message m : conflicts) {
                c.addObject().put("id", String.valueOf(m.id())).put("direction", m.direction() == Direction.IN ? "in"
                        : "out").put("author", m.author()).put("text", m.text()).put("createdAt",
                        JsonOut.time(m.createdAt()));
            }
            if (verdict == null) {
                o.putNull("deflection");
            } else {
                o.set("deflection", CheckReplyCommand.toJson(verdict));
            }
            o.put("error", problem);
            root.env().out().println(JsonOut.write(o));
        } else {
            for (Message m : conflicts) {
                root.env().out().printf("  %s %s %s: %s%n", JsonOut.time(m.createdAt()),
                        m.direction() == Direction.IN ? "from" : "our reply by", DisplayText.oneLine(m.author() == null
                                ? "?" : m.author()), DisplayText.oneLine(m.text()));
            }
            if (verdict != null && verdict.deflection()) {
                root.env().out().println("Deflection check: this reply mainly sends the customer elsewhere ("
                        + String.join("; ", verdict.reasons()) + ").");
            }
            if (info != null) {
                root.info(info);
            }
        }
        if (problem != null) {
            root.env().err().println(problem);
            return Cli.USER_ERROR;
        }
        return Cli.OK;
    }

    private static long messageId(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new UserInputException("'" + s + "' is not a message id; message ids are numbers (see 'case show "
                    + "CASE'), e.g. '--to 42'");
        }
    }
}
