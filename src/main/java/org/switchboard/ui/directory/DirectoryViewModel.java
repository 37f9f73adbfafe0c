package org.switchboard.ui.directory;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
import org.switchboard.service.errands.ErrandService;
import org.switchboard.service.events.Event;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;

/**
 * The directory editor: units and people, one unit's or person's fields in a form (lists separated by ';';
 * a person's empty keywords, due days, office hours and escalation contact come from the unit), office
 * hours checked as typed, delete refused in words while something still points at the entry, a unit's
 * Open311 API key passed to the secret store, import and export of files with every bad row listed. UI
 * thread only.
 */
public final class DirectoryViewModel {
    /** The form's fields, in the order of the form. */
    public enum Field { KEY, NAME, UNIT, EMAIL, PHONES, WEBHOOK, OPEN311_ENDPOINT, OPEN311_CODE, KEYWORDS, CATEGORIES,
        DUE_DAYS, OFFICE_HOURS, ESCALATES_TO;

        /** Whether a person has this field (people have no channels of their own beyond e-mail and phone). */
        public boolean forPeople() {
            return this != WEBHOOK && this != OPEN311_ENDPOINT && this != OPEN311_CODE && this != CATEGORIES;
        }

        /** Whether a unit has this field. */
        public boolean forUnits() {
            return this != UNIT;
        }

        /** Left empty on a person, these come from the person's unit. */
        public boolean inherited() {
            return this == KEYWORDS || this == DUE_DAYS || this == OFFICE_HOURS || this == ESCALATES_TO;
        }
    }

    /** What the form edits. */
    public enum Kind { UNIT, PERSON }

    private record Read(List<Unit> units, List<Person> people) {}

    private final DirectoryService directory;
    private final ErrandService errands;
    private final BackgroundRunner runner;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.UNIT);
    private final ObjectProperty<Person> editingPerson = new SimpleObjectProperty<>();
    private final StringProperty open311Key = new SimpleStringProperty("");
    private final BooleanProperty open311KeyKept = new SimpleBooleanProperty();
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final Map<Field, StringProperty> fields = new java.util.EnumMap<>(Field.class);
    private final ObjectProperty<Unit> editing = new SimpleObjectProperty<>();
    private final StringProperty hoursProblem = new SimpleStringProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final ObservableList<String> importProblems = FXCollections.observableArrayList();

    public DirectoryViewModel(DirectoryService directory, BackgroundRunner runner) {
        this(directory, null, runner);
    }

    /** @param errands keeps a unit's Open311 API key in the secret store; null: the key field is not offered */
    public DirectoryViewModel(DirectoryService directory, ErrandService errands, BackgroundRunner runner) {
        this.directory = directory;
        this.errands = errands;
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
        kind.set(Kind.UNIT);
        editingPerson.set(null);
        editing.set(u);
        notice.set(null);
        fields.values().forEach(p -> p.set(""));
        open311Key.set("");
        open311KeyKept.set(false);
        if (errands != null && u.open311Endpoint() != null) {
            runner.run(() -> errands.hasOpen311Key(u.key()), kept -> {
                if (editing.get() == u) {
                    open311KeyKept.set(kept);
                }
            }, e -> notice.set(Notice.problem("directory.error.load", e)));
        }
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

    /** Puts {@code p} into the form; empty inheritable fields show as empty (the unit's apply). UI thread. */
    public void edit(Person p) {
        kind.set(Kind.PERSON);
        editing.set(null);
        editingPerson.set(p);
        notice.set(null);
        fields.values().forEach(f -> f.set(""));
        open311Key.set("");
        open311KeyKept.set(false);
        set(Field.KEY, p.key());
        set(Field.NAME, p.name());
        set(Field.UNIT, p.unitKey());
        set(Field.EMAIL, p.email());
        set(Field.PHONES, String.join("; ", p.phones()));
        set(Field.KEYWORDS, String.join("; ", p.keywords()));
        set(Field.DUE_DAYS, p.dueDays() == null ? "" : String.valueOf(p.dueDays()));
        set(Field.OFFICE_HOURS, p.officeHours());
        set(Field.ESCALATES_TO, p.escalatesTo());
    }

    /** An empty form for a new unit. UI thread. */
    public void newUnit() {
        kind.set(Kind.UNIT);
        editing.set(null);
        editingPerson.set(null);
        clearForm();
    }

    /** An empty form for a new person, in the unit shown before if any. UI thread. */
    public void newPerson() {
        Unit before = editing.get();
        kind.set(Kind.PERSON);
        editing.set(null);
        editingPerson.set(null);
        clearForm();
        if (before != null) {
            set(Field.UNIT, before.key());
        }
    }

    private void clearForm() {
        notice.set(null);
        fields.values().forEach(p -> p.set(""));
        open311Key.set("");
        open311KeyKept.set(false);
    }

    /**
     * Checks the form and saves the unit or person (a new key adds one, a known key replaces it); a typed
     * Open311 API key goes to the secret store, never into the directory. UI thread.
     */
    public void save() {
        Unit unit;
        Person person;
        try {
            unit = kind.get() == Kind.UNIT ? unitFromForm() : null;
            person = kind.get() == Kind.PERSON ? personFromForm() : null;
        } catch (ValidationException e) {
            notice.set(Notice.problem("directory.error.invalid", e.getMessage()));
            return;
        }
        String key = open311Key.get() == null ? "" : open311Key.get().strip();
        if (unit != null && !key.isEmpty() && (errands == null || unit.open311Endpoint() == null)) {
            notice.set(Notice.problem("directory.error.invalid", "an Open311 API key needs an Open311 endpoint"));
            return;
        }
        runner.run(() -> {
            directory.saveAll(unit == null ? List.of() : List.of(unit), person == null ? List.of() : List.of(person));
            if (unit != null && !key.isEmpty()) {
                errands.setOpen311Key(unit.key(), key);
            }
            return unit != null ? unit.name() : person.name();
        }, name -> {
            open311Key.set("");
            if (unit != null && !key.isEmpty()) {
                open311KeyKept.set(true);
            }
            notice.set(Notice.ok("directory.saved", name));
            refresh();
        }, e -> notice.set(Notice.problem("directory.error.save", e)));
    }

    /** The person the form describes. @throws ValidationException naming the field that is wrong */
    Person personFromForm() {
        String hours = checkHours(text(Field.OFFICE_HOURS));
        if (hours != null) {
            throw new ValidationException(hours);
        }
        String unitKey = text(Field.UNIT).strip();
        if (!unitKey.isEmpty() && units.stream().noneMatch(u -> u.key().equals(unitKey))) {
            throw new ValidationException("unit '" + unitKey + "' is not in the directory; use a unit's key");
        }
        Person old = editingPerson.get() != null && editingPerson.get().key().equals(text(Field.KEY).strip())
                ? editingPerson.get() : null;
        return new Person(old == null ? 0 : old.id(), text(Field.KEY).strip(), text(Field.NAME).strip(), unitKey,
                text(Field.EMAIL), list(Field.PHONES), list(Field.KEYWORDS), dueDays(), text(Field.OFFICE_HOURS),
                text(Field.ESCALATES_TO), old == null ? 0 : old.version());
    }

    private Integer dueDays() {
        try {
            return text(Field.DUE_DAYS).isBlank() ? null : Integer.valueOf(text(Field.DUE_DAYS).strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("due days '" + text(Field.DUE_DAYS) + "' is not a number");
        }
    }

    /** The unit the form describes. @throws ValidationException naming the field that is wrong */
    Unit unitFromForm() {
        String hours = checkHours(text(Field.OFFICE_HOURS));
        if (hours != null) {
            throw new ValidationException(hours);
        }
        Integer due = dueDays();
        Unit old = editing.get() != null && editing.get().key().equals(text(Field.KEY).strip()) ? editing.get() : null;
        return new Unit(old == null ? 0 : old.id(), text(Field.KEY).strip(), text(Field.NAME).strip(),
                text(Field.EMAIL), list(Field.PHONES), text(Field.WEBHOOK), text(Field.OPEN311_ENDPOINT),
                text(Field.OPEN311_CODE), list(Field.KEYWORDS), list(Field.CATEGORIES), due,
                text(Field.OFFICE_HOURS), text(Field.ESCALATES_TO), old == null ? 0 : old.version());
    }

    /**
     * Deletes the unit or person in the form (the caller has asked the agent to confirm). Refused in words
     * while open errands point to it, people belong to it or others escalate to it. UI thread.
     */
    public void delete() {
        String key = shownKey();
        if (key == null) {
            notice.set(Notice.problem("directory.delete.none", ""));
            return;
        }
        runner.run(() -> {
            directory.delete(key);
            return key;
        }, k -> {
            Kind was = kind.get();
            if (was == Kind.PERSON) {
                newPerson();
            } else {
                newUnit();
            }
            notice.set(Notice.ok("directory.deleted", k));
            refresh();
        }, e -> notice.set(Notice.problem("directory.error.delete", e)));
    }

    /** The key of the stored entry in the form; null for a new one not saved yet. */
    public String shownKey() {
        return editing.get() != null ? editing.get().key() : editingPerson.get() != null ? editingPerson.get().key()
                : null;
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

    /** Whether the form edits a unit or a person. */
    public ObjectProperty<Kind> kind() {
        return kind;
    }

    /** The person in the form; null for a new one or when a unit is shown. */
    public ObjectProperty<Person> editingPerson() {
        return editingPerson;
    }

    /** A new Open311 API key typed for the unit; cleared once it is in the secret store. */
    public StringProperty open311Key() {
        return open311Key;
    }

    /** True when a key is kept for the shown unit's Open311 server. */
    public BooleanProperty open311KeyKept() {
        return open311KeyKept;
    }

    /** Whether the window offers the key field at all. */
    public boolean offersOpen311Key() {
        return errands != null;
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
