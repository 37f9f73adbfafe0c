package org.switchboard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.SecretsUnavailableException;
import org.switchboard.domain.StaleWriteException;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.WorkspaceUnavailableException;
import org.switchboard.service.Workspace;
import org.switchboard.service.demo.DemoWorkspace;
import picocli.CommandLine;

/**
 * Builds and runs the command line. Exit codes (CLI.md): 0 success, 1 wrong input or failed
 * precondition, 2 an internal error (details in the log), 3 the data folder is in use.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int INTERNAL_ERROR = 2;
    public static final int IN_USE = 3;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    /** What the command line needs from the application. */
    public record Environment(Workspace.Opener opener, GuiLauncher gui, Supplier<Path> defaultDataDir,
                              String version, PrintWriter out, PrintWriter err, BenchRunner bench) {
        /** Without the benchmark (tests, embedding). */
        public Environment(Workspace.Opener opener, GuiLauncher gui, Supplier<Path> defaultDataDir, String version,
                           PrintWriter out, PrintWriter err) {
            this(opener, gui, defaultDataDir, version, out, err, BenchRunner.UNAVAILABLE);
        }
    }

    private final Environment env;

    public Cli(Environment env) {
        this.env = env;
    }

    public int run(String... args) {
        RootCommand root = new RootCommand(env);
        CommandLine cmd = commandLine(root);
        try {
            return cmd.execute(args);
        } finally {
            root.closeWorkspace();
            env.out().flush();
            env.err().flush();
        }
    }

    CommandLine commandLine(RootCommand root) {
        CommandLine cmd = new CommandLine(root);
        cmd.addSubcommand("gui", new GuiCommand());
        cmd.addSubcommand("version", new VersionCommand());
        cmd.addSubcommand("demo", new DemoCommand());
        cmd.addSubcommand("queue", new QueueCommand());
        cmd.addSubcommand("case", new CommandLine(new CaseCommand()).addSubcommand("show", new CaseShowCommand())
                .addSubcommand("new", new CaseActions.New()).addSubcommand("resolve", new CaseActions.Resolve())
                .addSubcommand("assign", new CaseActions.Assign()).addSubcommand("merge", new CaseActions.Merge()));
        cmd.addSubcommand("note", new NoteCommand());
        cmd.addSubcommand("directory", new DirectoryCommand());
        cmd.addSubcommand("route", new RouteCommand(Workspace::routing));
        cmd.addSubcommand("check-reply", new CheckReplyCommand(Workspace::deflection));
        cmd.addSubcommand("search", new SearchCommand());
        cmd.addSubcommand("contact", new ContactCommand());
        cmd.addSubcommand("bench", new BenchCommand());
        cmd.addSubcommand("account", new AccountCommand());
        cmd.addSubcommand("sync", new SyncCommand());
        cmd.addSubcommand("forward", new ForwardCommand());
        cmd.addSubcommand("errands", new ErrandsCommand());
        cmd.addSubcommand("errand", new ErrandCommand());
        cmd.addSubcommand("mail", new MailCommand());
        cmd.addSubcommand("reply", new ReplyCommand());
        cmd.addSubcommand("outbox", new OutboxCommand());
        addHelpOption(cmd);
        cmd.setOut(env.out());
        cmd.setErr(env.err());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr());
            c.usage(c.getErr());
            return USER_ERROR;
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> handle(ex, c.getErr()));
        return cmd;
    }

    /** Every subcommand understands -h/--help. */
    private static void addHelpOption(CommandLine cmd) {
        for (CommandLine sub : cmd.getSubcommands().values()) {
            if (sub.getCommandSpec().findOption("--help") == null) {
                sub.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("show this help").build());
            }
            addHelpOption(sub);
        }
    }

    private int handle(Exception ex, PrintWriter err) {
        Throwable e = ex;
        return switch (e) {
            case WorkspaceUnavailableException w -> {
                err.println(w.getMessage());
                yield w.reason() == WorkspaceUnavailableException.Reason.IN_USE ? IN_USE : USER_ERROR;
            }
            case ValidationException v -> userError(err, v.getMessage());
            case NotFoundException n -> userError(err, n.getMessage());
            case UserInputException u -> userError(err, u.getMessage());
            case DemoWorkspace.RealDataPresentException r -> userError(err, r.getMessage());
            case StaleWriteException s -> userError(err, s.getMessage());
            case SecretsUnavailableException s -> userError(err, s.getMessage());
            default -> {
                LOG.error("Command failed", ex);
                err.println("Switchboard failed inside: " + ex.getClass().getSimpleName()
                        + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
                        + ". Details are in the log file in the data folder's logs/ folder.");
                yield INTERNAL_ERROR;
            }
        };
    }

    private static int userError(PrintWriter err, String message) {
        err.println(message);
        return USER_ERROR;
    }
}
