package org.switchboard.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a secret given on the command line, from a file or from an environment variable (exactly one). */
final class SecretInput {
    private SecretInput() {}

    static String read(String what, String direct, Path file, String envVar, String directOption, String fileOption,
                       String envOption) {
        int given = (direct != null ? 1 : 0) + (file != null ? 1 : 0) + (envVar != null ? 1 : 0);
        if (given != 1) {
            throw new UserInputException("give the " + what + " with exactly one of " + directOption + ", " + fileOption
                    + " or " + envOption + " (a file or a variable keeps it out of your shell history)");
        }
        if (direct != null) {
            return direct;
        }
        if (file != null) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (text.isEmpty()) {
                    throw new UserInputException("the file " + file + " is empty; it should hold the " + what);
                }
                return text;
            } catch (IOException e) {
                throw new UserInputException("cannot read the " + what + " from " + file + ": " + e.getMessage());
            }
        }
        String value = System.getenv(envVar);
        if (value == null || value.isBlank()) {
            throw new UserInputException("the environment variable " + envVar + " is not set; it should hold the " + what);
        }
        return value.strip();
    }
}
