package org.switchboard.service;

import java.util.function.Supplier;

/** Who works at this workstation: the name written as assignee, note author and audit actor. */
public final class Agent {
    private final Supplier<String> name;

    public Agent(Supplier<String> name) {
        this.name = name;
    }

    public static Agent fixed(String name) {
        return new Agent(() -> name);
    }

    public String name() {
        String n = name.get();
        return n == null || n.isBlank() ? "agent" : n;
    }
}
