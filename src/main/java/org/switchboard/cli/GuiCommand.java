package org.switchboard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code switchboard gui}: the window, same as no command. */
@Command(name = "gui", description = "opens the window (the default without a command)")
final class GuiCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        return root.env().gui().launch(root.dataDir(), root.language());
    }
}
