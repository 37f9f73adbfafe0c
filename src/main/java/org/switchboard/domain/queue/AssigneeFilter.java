package org.switchboard.domain.queue;

import org.switchboard.domain.Require;

/** Who a case is assigned to: anyone, nobody, or one named agent. */
public record AssigneeFilter(Kind kind, String agent) {
    public enum Kind { ANYONE, NOBODY, AGENT }

    public static final AssigneeFilter ANYONE = new AssigneeFilter(Kind.ANYONE, null);
    public static final AssigneeFilter NOBODY = new AssigneeFilter(Kind.NOBODY, null);

    public AssigneeFilter {
        Require.notNull(kind, "assignee filter");
        if (kind == Kind.AGENT) {
            Require.notBlank(agent, "agent");
        }
    }

    public static AssigneeFilter agent(String name) {
        return new AssigneeFilter(Kind.AGENT, name);
    }

    /** Reads the CLI spelling: {@code me}, {@code none}, or a name. */
    public static AssigneeFilter parse(String text, String me) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("anyone") || text.equalsIgnoreCase("any")) {
            return ANYONE;
        }
        if (text.equalsIgnoreCase("none") || text.equalsIgnoreCase("unassigned")) {
            return NOBODY;
        }
        return agent(text.equalsIgnoreCase("me") ? me : text.strip());
    }
}
