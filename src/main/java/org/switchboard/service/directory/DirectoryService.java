package org.switchboard.service.directory;

import java.util.List;
import org.switchboard.domain.Person;
import org.switchboard.domain.Unit;
import org.switchboard.service.Audit;
import org.switchboard.service.cases.Repositories;
import org.switchboard.service.events.Event;
import org.switchboard.service.events.EventBus;

/** The internal directory of units and people. Background threads only. */
public final class DirectoryService {
    private final Repositories repos;
    private final Audit audit;
    private final EventBus events;

    public DirectoryService(Repositories repos, Audit audit, EventBus events) {
        this.repos = repos;
        this.audit = audit;
        this.events = events;
    }

    public List<Unit> units() {
        return repos.directory().units();
    }

    public List<Person> people() {
        return repos.directory().people();
    }

    /** Saves all entries in one transaction: units first, so people can name their unit. */
    public void saveAll(List<Unit> units, List<Person> people) {
        repos.tx().run(() -> {
            units.forEach(repos.directory()::saveUnit);
            people.forEach(repos.directory()::savePerson);
            audit.record("directory.saved", "directory", "all", units.size() + " units, " + people.size() + " people");
        });
        events.publish(new Event.DirectoryChanged());
    }
}
