package org.switchboard.domain.port;

import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Person;
import org.switchboard.domain.Unit;

/** The organisation's internal directory. */
public interface DirectoryRepository {
    /** Inserts the unit, or replaces the one with the same key. */
    Unit saveUnit(Unit unit);

    Person savePerson(Person person);

    List<Unit> units();

    List<Person> people();

    Optional<Unit> unit(String key);

    Optional<Person> person(String key);

    /** Removes the unit or person with this key; false when there was none. */
    boolean delete(String key);
}
