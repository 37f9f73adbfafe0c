package org.switchboard.cli;

import java.util.concurrent.Callable;
import org.switchboard.service.Workspace;
import org.switchboard.service.demo.DemoWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code switchboard demo}: fills an empty data folder with the demo workspace. */
@Command(name = "demo", description = "fills the data folder with the demo workspace; refuses if it holds real data")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        Workspace ws = root.workspace();
        DemoWorkspace.Result result = ws.demo().load();
        long cases = ws.queue().count(org.switchboard.domain.queue.QueueFilter.NOT_CLOSED);
        if (result == DemoWorkspace.Result.ALREADY_LOADED) {
            root.info("The demo workspace is already loaded in " + ws.dataDir() + " (" + cases + " open cases).");
        } else {
            root.info("Demo workspace loaded into " + ws.dataDir() + ": " + cases + " cases not closed, "
                    + ws.accounts().list().size() + " demo accounts, " + ws.directory().units().size()
                    + " units. Demo accounts never connect to a network.");
        }
        return Cli.OK;
    }
}
