package org.switchboard.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.switchboard.service.errands.MailSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code switchboard mail set|test}: the errands mailbox. */
@Command(name = "mail", description = "the errands mailbox: set, test",
        subcommands = {MailCommand.Set.class, MailCommand.Test.class})
final class MailCommand implements Runnable {
    @ParentCommand
    RootCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: mail set …, mail test");
    }

    @Command(name = "set", description = "SMTP for sending dossiers, IMAP for colleagues' answers; the password goes "
            + "to the keychain")
    static final class Set implements Callable<Integer> {
        @ParentCommand
        MailCommand parent;

        @Option(names = "--smtp", required = true, paramLabel = "URL", description = "smtp://host:port or smtps://host:port")
        String smtp;

        @Option(names = "--imap", required = true, paramLabel = "URL", description = "imap://host:port or imaps://host:port")
        String imap;

        @Option(names = "--user", required = true, paramLabel = "U", description = "login user of both servers")
        String user;

        @Option(names = "--password-env", paramLabel = "V", description = "an environment variable holding the password")
        String passwordEnv;

        @Option(names = "--password-file", paramLabel = "F", description = "a file holding the password")
        Path passwordFile;

        @Option(names = "--address", required = true, paramLabel = "ADDR",
                description = "the mailbox's address: sender and Reply-To of dossiers")
        String address;

        @Override
        public Integer call() {
            if ((passwordEnv == null) == (passwordFile == null)) {
                throw new UserInputException("give the mailbox password with exactly one of --password-env VAR or "
                        + "--password-file FILE (never on the command line, where the shell history keeps it)");
            }
            String password = SecretInput.read("mailbox password", null, passwordFile, passwordEnv, "--password",
                    "--password-file", "--password-env");
            String store = parent.root.workspace().mail().set(smtp, imap, user, password, address);
            parent.root.info("Errands mailbox " + address.strip() + " set: sending through " + smtp.strip()
                    + ", answers read from " + imap.strip() + ". The password is kept in " + store
                    + ". Check it with 'switchboard mail test'.");
            return Cli.OK;
        }
    }

    @Command(name = "test", description = "checks the SMTP greeting and the IMAP login, in words")
    static final class Test implements Callable<Integer> {
        @ParentCommand
        MailCommand parent;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Override
        public Integer call() {
            MailSetup.Check c = parent.root.workspace().mail().test();
            if (json) {
                ObjectNode o = JsonOut.object();
                o.put("ok", c.ok());
                o.putObject("smtp").put("ok", c.smtpOk()).put("message", c.smtp());
                o.putObject("imap").put("ok", c.imapOk()).put("message", c.imap());
                parent.root.env().out().println(JsonOut.write(o));
            } else {
                parent.root.env().out().println((c.smtpOk() ? "OK      " : "FAILED  ") + c.smtp());
                parent.root.env().out().println((c.imapOk() ? "OK      " : "FAILED  ") + c.imap());
            }
            return c.ok() ? Cli.OK : Cli.USER_ERROR;
        }
    }
}
