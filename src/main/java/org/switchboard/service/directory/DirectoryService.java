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

    /** The result of an import: how many entries were saved, or every problem (and nothing saved). */
    public record ImportResult(int units, int people, List<String> problems) {
        public boolean imported() {
            return problems.isEmpty();
        }
    }

    /** Imports a directory file (.csv or .json); any bad row and nothing is imported. */
    public ImportResult importFile(java.nio.file.Path file) {
        List<DirectoryFile.Row> rows = DirectoryFile.read(file);
        if (rows.isEmpty()) {
            throw new org.switchboard.domain.ValidationException("'" + file + "' holds no directory entries");
        }
        java.util.Set<String> existing = new java.util.HashSet<>();
        units().forEach(u -> existing.add(u.key()));
        people().forEach(p -> existing.add(p.key()));
        DirectoryImport.Checked checked = DirectoryImport.check(rows, existing);
        if (!checked.problems().isEmpty()) {
            return new ImportResult(0, 0, checked.problems().stream().map(Object::toString).toList());
        }
        saveAll(checked.units(), checked.people());
        audit.record("directory.imported", "directory", "all", file.getFileName().toString());
        return new ImportResult(checked.units().size(), checked.people().size(), List.of());
    }

    /** Writes the whole directory to a .csv or .json file. */
    public int exportFile(java.nio.file.Path file) {
        var rows = DirectoryFile.rows(units(), people());
        DirectoryFile.write(file, rows);
        return rows.size();
    }

    /** The directory as file rows (the shape of {@code directory list --json}). */
    public List<java.util.Map<String, String>> rows() {
        return DirectoryFile.rows(units(), people());
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
