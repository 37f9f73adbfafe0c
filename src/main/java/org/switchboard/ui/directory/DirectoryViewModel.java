package org.switchboard.ui.directory;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.switchboard.domain.OfficeHours;
import org.switchboard.domain.Person;
import org.switchboard.domain.Unit;
import org.switchboard.domain.ValidationException;
import org.switchboard.service.directory.DirectoryService;
import org.switchboard.service.events.Event;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;

/**
 * The directory editor: units and people, one unit's fields in a form (lists separated by ';'), office
 * hours checked as typed, import and export of files with every bad row listed. UI thread only.
 */
public final class DirectoryViewModel {
    /** The form's fields, in the order of the form. */
    public enum Field { KEY, NAME, EMAIL, PHONES, WEBHOOK, OPEN311_ENDPOINT, OPEN311_CODE, KEYWORDS, CATEGORIES,
        DUE_DAYS, OFFICE_HOURS, ESCALATES_TO }

    private record Read(List<Unit> units, List<Person> people) {}

    private final DirectoryService directory;
    private final BackgroundRunner runner;
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final Map<Field, StringProperty> fields = new java.util.EnumMap<>(Field.class);
    private final ObjectProperty<Unit> editing = new SimpleObjectProperty<>();
    private final StringProperty hoursProblem = new SimpleStringProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final ObservableList<String> importProblems = FXCollections.observableArrayList();

    public DirectoryViewModel(DirectoryService directory, BackgroundRunner runner) {
        this.directory = directory;
        this.runner = runner;
        for (Field f : Field.values()) {
            fields.put(f, new SimpleStringProperty(""));
        }
        field(Field.OFFICE_HOURS).addListener((o, a, text) -> hoursProblem.set(checkHours(text)));
    }

    /** Re-reads units and people. UI thread. */
    public void refresh() {
        runner.run(() -> new Read(directory.units(), directory.people()), r -> {
            units.setAll(r.units());
            people.setAll(r.people());
        }, e -> notice.set(Notice.problem("directory.error.load", e)));
    }

    public void onEvent(Event event) {
        if (event instanceof Event.DirectoryChanged || event instanceof Event.WorkspaceReplaced) {
            refresh();
        }
    }

    /** Puts {@code u} into the form. UI thread. */
    public void edit(Unit u) {
        editing.set(u);
        notice.set(null);
        set(Field.KEY, u.key());
        set(Field.NAME, u.name());
        set(Field.EMAIL, u.email());
        set(Field.PHONES, String.join("; ", u.phones()));
        set(Field.WEBHOOK, u.webhookUrl());
        set(Field.OPEN311_ENDPOINT, u.open311Endpoint());
        set(Field.OPEN311_CODE, u.open311ServiceCode());
        set(Field.KEYWORDS, String.join("; ", u.keywords()));
        set(Field.CATEGORIES, String.join("; ", u.categories()));
        set(Field.DUE_DAYS, u.dueDays() == null ? "" : String.valueOf(u.dueDays()));
        set(Field.OFFICE_HOURS, u.officeHours());
        set(Field.ESCALATES_TO, u.escalatesTo());
    }

    /** An empty form for a new unit. UI thread. */
    public void newUnit() {
        editing.set(null);
        notice.set(null);
        fields.values().forEach(p -> p.set(""));
    }

    /** Checks the form and saves the unit (a new key adds one, a known key replaces it). UI thread. */
    public void save() {
        Unit unit;
        try {
            unit = unitFromForm();
        } catch (ValidationException e) {
            notice.set(Notice.problem("directory.error.invalid", e.getMessage()));
            return;
        }
        runner.run(() -> {
            directory.saveAll(List.of(unit), List.of());
            return unit;
        }, u -> {
            notice.set(Notice.ok("directory.saved", u.name()));
            refresh();
        }, e -> notice.set(Notice.problem("directory.error.save", e)));
    }

    /** The unit the form describes. @throws ValidationException naming the field that is wrong */
    Unit unitFromForm() {
        String hours = checkHours(text(Field.OFFICE_HOURS));
        if (hours != null) {
            throw new ValidationException(hours);
        }
        Integer due;
        try {
            due = text(Field.DUE_DAYS).isBlank() ? null : Integer.valueOf(text(Field.DUE_DAYS).strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("due days '" + text(Field.DUE_DAYS) + "' is not a number");
        }
        Unit old = editing.get() != null && editing.get().key().equals(text(Field.KEY).strip()) ? editing.get() : null;
        return new Unit(old == null ? 0 : old.id(), text(Field.KEY).strip(), text(Field.NAME).strip(),
                text(Field.EMAIL), list(Field.PHONES), text(Field.WEBHOOK), text(Field.OPEN311_ENDPOINT),
                text(Field.OPEN311_CODE), list(Field.KEYWORDS), list(Field.CATEGORIES), due,
                text(Field.OFFICE_HOURS), text(Field.ESCALATES_TO), old == null ? 0 : old.version());
    }

    /** Deleting is not offered by the directory service; say so instead of pretending. UI thread. */
    public void delete() {
        notice.set(Notice.warning("directory.delete.unsupported", text(Field.KEY)));
    }

    /** Imports a .csv or .json file; every bad row is listed and nothing is imported then. UI thread. */
    public void importFile(Path file) {
        importProblems.clear();
        runner.run(() -> directory.importFile(file), r -> {
            importProblems.setAll(r.problems());
            notice.set(r.imported() ? Notice.ok("directory.imported", r.units() + " / " + r.people())
                    : Notice.problem("directory.import.problems", String.valueOf(r.problems().size())));
            refresh();
        }, e -> notice.set(Notice.problem("directory.error.import", e)));
    }

    /** Writes the directory to a .csv or .json file. UI thread. */
    public void exportFile(Path file) {
        runner.run(() -> directory.exportFile(file), n -> notice.set(Notice.ok("directory.exported",
                n + " → " + file.getFileName())), e -> notice.set(Notice.problem("directory.error.export", e)));
    }

    private static String checkHours(String text) {
        try {
            OfficeHours.parse(text);
            return null;
        } catch (ValidationException e) {
            return e.getMessage();
        }
    }

    private List<String> list(Field f) {
        return Arrays.stream(text(f).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String text(Field f) {
        String t = fields.get(f).get();
        return t == null ? "" : t;
    }

    private void set(Field f, String value) {
        fields.get(f).set(value == null ? "" : value);
    }

    public StringProperty field(Field f) {
        return fields.get(f);
    }

    public ObservableList<Unit> units() {
        return units;
    }

    public ObservableList<Person> people() {
        return people;
    }

    /** The unit in the form; null for a new one. */
    public ObjectProperty<Unit> editing() {
        return editing;
    }

    /** What is wrong with the office hours as typed, in words; null when they read well. */
    public StringProperty hoursProblem() {
        return hoursProblem;
    }

    public ObjectProperty<Notice> notice() {
        return notice;
    }

    public ObservableList<String> importProblems() {
        return importProblems;
    }

}
