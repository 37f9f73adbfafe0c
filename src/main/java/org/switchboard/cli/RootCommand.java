package org.switchboard.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.switchboard.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code switchboard [global options] [command]}; without a command it opens the window. */
@Command(name = "switchboard", mixinStandardHelpOptions = false,
        description = "Switchboard: one queue for social media customer care, with tracked internal forwarding.%n"
                + "Without a command, the window opens.",
        footer = {"", "Exit codes: 0 success, 1 wrong input or failed precondition, 2 internal error (see the log),"
                + " 3 data folder in use by another Switchboard."})
public final class RootCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "data folder (default: the OS data folder)")
    Path dataDir;

    @Option(names = "--lang", paramLabel = "de|en", description = "language of the window and messages")
    String language;

    @Option(names = "--quiet", description = "print only results and errors")
    boolean quiet;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    private final Cli.Environment env;
    private Workspace workspace;

    RootCommand(Cli.Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        return env.gui().launch(dataDir(), language());
    }

    Cli.Environment env() {
        return env;
    }

    Path dataDir() {
        return dataDir != null ? dataDir : env.defaultDataDir().get();
    }

    String language() {
        if (language != null && !language.equals("de") && !language.equals("en")) {
            throw new UserInputException("--lang takes de or en, not '" + language + "'");
        }
        return language;
    }

    /** Opens the workspace once per run; closed by {@link Cli#run}. */
    Workspace workspace() {
        if (workspace == null) {
            workspace = env.opener().open(dataDir());
        }
        return workspace;
    }

    void closeWorkspace() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }

    void info(String line) {
        if (!quiet) {
            env.out().println(line);
        }
    }
}
