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

    /**
     * Deletes a unit or a person. Refused in words — nothing changes — while open errands point to it,
     * people belong to the unit, or a unit or person escalates to it: those would be left pointing at
     * nothing, so they are moved or finished first. Closed errands keep the key they were sent to.
     *
     * @throws org.switchboard.domain.NotFoundException for an unknown key
     * @throws org.switchboard.domain.ValidationException naming what still points at the entry
     */
    public void delete(String key) {
        String k = key == null ? "" : key.strip();
        repos.tx().run(() -> {
            String name = repos.directory().unit(k).map(Unit::name)
                    .or(() -> repos.directory().person(k).map(Person::name))
                    .orElseThrow(() -> new org.switchboard.domain.NotFoundException("directory entry", k));
            List<String> blocking = new java.util.ArrayList<>();
            List<String> open = repos.errands().list(new org.switchboard.domain.ErrandQuery(true, false, k,
                    java.time.Instant.now(), 1000)).stream().map(e -> e.ref().value()).toList();
            if (!open.isEmpty()) {
                blocking.add(open.size() + " open errand" + (open.size() == 1 ? "" : "s") + " (" + few(open)
                        + ") — finish or redirect them first");
            }
            List<String> members = people().stream().filter(p -> k.equals(p.unitKey())).map(Person::key).toList();
            if (!members.isEmpty()) {
                blocking.add(members.size() + (members.size() == 1 ? " person belongs" : " people belong") + " to it ("
                        + few(members) + ") — move them to another unit or delete them first");
            }
            List<String> escalating = new java.util.ArrayList<>();
            units().stream().filter(u -> k.equals(u.escalatesTo())).forEach(u -> escalating.add(u.key()));
            people().stream().filter(p -> k.equals(p.escalatesTo())).forEach(p -> escalating.add(p.key()));
            if (!escalating.isEmpty()) {
                blocking.add("it is the escalation contact of " + few(escalating) + " — choose another one there first");
            }
            if (!blocking.isEmpty()) {
                throw new org.switchboard.domain.ValidationException(name + " (" + k + ") is not deleted: "
                        + String.join("; ", blocking) + ".");
            }
            repos.directory().delete(k);
            audit.record("directory.deleted", "directory", k, name);
        });
        events.publish(new Event.DirectoryChanged());
    }

    private static String few(List<String> keys) {
        return keys.size() <= 3 ? String.join(", ", keys) : String.join(", ", keys.subList(0, 3)) + ", …";
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
