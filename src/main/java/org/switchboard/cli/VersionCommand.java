package org.switchboard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code switchboard version}. */
@Command(name = "version", description = "prints the version")
final class VersionCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        root.env().out().println("Switchboard " + root.env().version());
        return Cli.OK;
    }
}
