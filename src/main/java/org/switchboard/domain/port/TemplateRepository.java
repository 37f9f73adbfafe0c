package org.switchboard.domain.port;

import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Template;

/** Reply templates. */
public interface TemplateRepository {
    Template insert(Template template);

    /**
     * Writes {@code template} if nobody changed it since it was read (its {@code version}).
     *
     * @throws org.switchboard.domain.StaleWriteException when someone else did
     */
    Template update(Template template);

    /** @return false when there was no such template */
    boolean delete(long id);

    Optional<Template> find(long id);

    /** All templates, by language and name. */
    List<Template> all();

    long count();
}
