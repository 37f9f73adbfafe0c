package org.switchboard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.switchboard.service.directory.DirectoryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code switchboard directory import|export|list}: the internal directory of units and people. */
@Command(name = "directory", description = "the internal directory: import, export, list",
        subcommands = {DirectoryCommand.Import.class, DirectoryCommand.Export.class, DirectoryCommand.ListEntries.class,
                DirectoryCommand.SetKey.class})
final class DirectoryCommand implements Runnable {
    @ParentCommand
    RootCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: directory import FILE, directory export FILE, directory list, "
                        + "directory set-key UNIT");
    }

    @Command(name = "import", description = "imports a .csv or .json directory file; any bad row and nothing is imported")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        DirectoryCommand parent;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            DirectoryService.ImportResult r = parent.root.workspace().directory().importFile(file);
            if (!r.imported()) {
                var err = parent.root.env().err();
                err.println("Nothing was imported: " + r.problems().size() + " problem"
                        + (r.problems().size() == 1 ? "" : "s") + " in " + file + ":");
                r.problems().forEach(p -> err.println("  " + p));
                return Cli.USER_ERROR;
            }
            parent.root.info("Imported " + r.units() + " units and " + r.people() + " people from " + file + ".");
            return Cli.OK;
        }
    }

    @Command(name = "export", description = "writes the directory to a .csv or .json file")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        DirectoryCommand parent;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            if (!DirectoryFileName.ok(file)) {
                throw new UserInputException("'" + file + "' should end in .csv or .json");
            }
            int n = parent.root.workspace().directory().exportFile(file);
            parent.root.info("Exported " + n + " entries to " + file + ".");
            return Cli.OK;
        }
    }

    @Command(name = "list", description = "the directory's units and people")
    static final class ListEntries implements Callable<Integer> {
        @ParentCommand
        DirectoryCommand parent;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Override
        public Integer call() {
            var rows = parent.root.workspace().directory().rows();
            if (json) {
                ArrayNode out = JsonOut.array();
                for (Map<String, String> r : rows) {
                    ObjectNode o = out.addObject();
                    r.forEach((k, v) -> {
                        if (k.equals("due_days")) {
                            if (v == null) {
                                o.putNull(k);
                            } else {
                                o.put(k, Integer.parseInt(v));
                            }
                        } else {
                            o.put(k, v == null ? "" : v);
                        }
                    });
                }
                parent.root.env().out().println(JsonOut.write(out));
            } else if (rows.isEmpty()) {
                parent.root.info("The directory is empty. Import one with 'switchboard directory import FILE'.");
            } else {
                for (Map<String, String> r : rows) {
                    parent.root.env().out().printf("%-7s %-20s %-40s %-36s %s%n", r.get("type"), r.get("key"),
                            r.get("name"), r.get("email") == null ? "" : r.get("email"),
                            r.get("phone") == null ? "" : r.get("phone"));
                }
            }
            return Cli.OK;
        }
    }

    /** Directory files are chosen by extension. */
    static final class DirectoryFileName {
        static boolean ok(Path p) {
            String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return n.endsWith(".csv") || n.endsWith(".json");
        }
    }

    /**
     * The API key of a unit's Open311 server, into the secret store only. Read from a file ({@code -} is
     * standard input) or an environment variable — never an argument, which shell history and process
     * lists would show.
     */
    @Command(name = "set-key", description = "keeps the API key of a unit's Open311 server in the keychain or vault")
    static final class SetKey implements Callable<Integer> {
        @ParentCommand
        DirectoryCommand parent;

        @Parameters(paramLabel = "UNIT")
        String unit;

        @Option(names = "--open311-key-file", paramLabel = "FILE", description = "a file holding the key; - reads standard input")
        String keyFile;

        @Option(names = "--open311-key-env", paramLabel = "VAR", description = "an environment variable holding the key")
        String keyEnv;

        @Option(names = "--remove", description = "forgets the key")
        boolean remove;

        @Override
        public Integer call() {
            int given = (keyFile != null ? 1 : 0) + (keyEnv != null ? 1 : 0) + (remove ? 1 : 0);
            if (given != 1) {
                throw new UserInputException("give the Open311 API key with exactly one of --open311-key-file FILE "
                        + "(- for standard input) or --open311-key-env VAR, or --remove to forget it");
            }
            String key = remove ? null : keyEnv != null ? SecretInput.read("Open311 API key", null, null, keyEnv,
                    "--open311-key", "--open311-key-file", "--open311-key-env") : readFile();
            String host = parent.root.workspace().errands().setOpen311Key(unit, key);
            parent.root.info(remove ? "The Open311 API key for " + host + " is forgotten."
                    : "The Open311 API key for " + host + " is kept in the keychain (or the vault); it is sent as api_key with each service request.");
            return Cli.OK;
        }

        private String readFile() {
            if (!keyFile.equals("-")) {
                return SecretInput.read("Open311 API key", null, Path.of(keyFile), null, "--open311-key",
                        "--open311-key-file", "--open311-key-env");
            }
            try {
                String line = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                        java.nio.charset.StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isBlank()) {
                    throw new UserInputException("standard input held no Open311 API key; pipe the key in, one line");
                }
                return line.strip();
            } catch (java.io.IOException e) {
                throw new UserInputException("cannot read the Open311 API key from standard input: " + e.getMessage());
            }
        }
    }
}
