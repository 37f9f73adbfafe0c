package org.switchboard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.switchboard.domain.Case;
import org.switchboard.domain.Contact;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.EarlierAttempt;
import org.switchboard.domain.Identity;
import org.switchboard.domain.Note;
import org.switchboard.service.contacts.ContactService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code switchboard contact show ID [--json]} and {@code contact link ID ID}. */
@Command(name = "contact", description = "contacts and their identities: show, link",
        subcommands = {ContactCommand.Show.class, ContactCommand.Link.class})
final class ContactCommand implements Runnable {
    @ParentCommand
    RootCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: contact show ID, contact link ID ID");
    }

    static long id(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new UserInputException("'" + text + "' is not a contact id; contact ids are numbers");
        }
    }

    @Command(name = "show", description = "one person: identities on every platform, earlier attempts, cases, notes")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        ContactCommand parent;

        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Override
        public Integer call() {
            ContactService.Profile p = parent.root.workspace().contacts().profile(id(id));
            if (json) {
                parent.root.env().out().println(JsonOut.write(toJson(p)));
                return Cli.OK;
            }
            var out = parent.root.env().out();
            out.printf("%s (contact %d)%n", DisplayText.oneLine(p.contact().name()), p.contact().id());
            p.identities().forEach(i -> out.printf("  %s: %s%n", i.platform().displayName(), DisplayText.oneLine(i.handle())));
            p.attempts().forEach(a -> out.printf("  tried already: %s, %s, %s%s%n", a.date(), a.channel(),
                    DisplayText.oneLine(a.addressee()), a.result() == null ? "" : " — " + DisplayText.oneLine(a.result())));
            p.cases().forEach(c -> out.printf("  case %d %s %s%n", c.id(), c.status(), DisplayText.oneLine(c.preview())));
            p.possiblySame().forEach(o -> out.printf("  possibly the same person: %s (contact %d)%n",
                    DisplayText.oneLine(o.name()), o.id()));
            return Cli.OK;
        }

        static ObjectNode toJson(ContactService.Profile p) {
            ObjectNode o = JsonOut.object();
            Contact c = p.contact();
            o.put("id", String.valueOf(c.id())).put("name", c.name()).put("email", c.email()).put("phone", c.phone());
            ArrayNode ids = o.putArray("identities");
            for (Identity i : p.identities()) {
                ids.addObject().put("id", String.valueOf(i.id())).put("platform", i.platform().id())
                        .put("handle", i.handle()).put("url", i.url());
            }
            ArrayNode attempts = o.putArray("earlierAttempts");
            for (EarlierAttempt a : p.attempts()) {
                attempts.addObject().put("date", a.date().toString()).put("channel", a.channel())
                        .put("addressee", a.addressee()).put("result", a.result());
            }
            ArrayNode cases = o.putArray("cases");
            for (Case k : p.cases()) {
                cases.addObject().put("id", String.valueOf(k.id())).put("status", k.status().name())
                        .put("platform", k.platform().id()).put("preview", k.preview())
                        .put("lastActivityAt", JsonOut.time(k.lastActivityAt()));
            }
            ArrayNode notes = o.putArray("notes");
            for (Note n : p.notes()) {
                notes.addObject().put("id", String.valueOf(n.id())).put("author", n.author()).put("text", n.text())
                        .put("createdAt", JsonOut.time(n.createdAt())).put("pinned", n.pinned()).put("internal", true);
            }
            ArrayNode same = o.putArray("possiblySame");
            p.possiblySame().forEach(x -> same.addObject().put("id", String.valueOf(x.id())).put("name", x.name()));
            return o;
        }
    }

    @Command(name = "link", description = "links two contacts into one person: the second joins the first")
    static final class Link implements Callable<Integer> {
        @ParentCommand
        ContactCommand parent;

        @Parameters(index = "0", paramLabel = "ID", description = "the contact that stays")
        String keep;

        @Parameters(index = "1", paramLabel = "ID", description = "the contact that joins it")
        String other;

        @Override
        public Integer call() {
            Contact c = parent.root.workspace().contacts().link(id(keep), id(other));
            parent.root.info("Contact " + other + " is now part of " + c.name() + " (contact " + c.id()
                    + "): identities, cases, earlier attempts and notes moved.");
            return Cli.OK;
        }
    }
}
