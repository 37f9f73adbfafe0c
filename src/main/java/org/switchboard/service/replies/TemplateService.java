package org.switchboard.service.replies;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.switchboard.domain.Errand;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.Template;
import org.switchboard.domain.Unit;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.port.TemplateRepository;
import org.switchboard.domain.port.Transactions;
import org.switchboard.service.Agent;
import org.switchboard.service.Audit;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.service.cases.CaseService;

/**
 * Reply templates: create, edit, delete, list by language, and fill one in for a case ({@link TemplateText}).
 * Names and shortcuts are unique within a language, ignoring case. Background threads: it reads the database.
 */
public final class TemplateService {
    private final TemplateRepository templates;
    private final Transactions tx;
    private final CaseService cases;
    private final Supplier<List<Unit>> units;
    private final Audit audit;
    private final Agent agent;
    private final Clock clock;

    public TemplateService(TemplateRepository templates, Transactions tx, CaseService cases,
                           Supplier<List<Unit>> units, Audit audit, Agent agent, Clock clock) {
        this.templates = templates;
        this.tx = tx;
        this.cases = cases;
        this.units = units;
        this.audit = audit;
        this.agent = agent;
        this.clock = clock;
    }

    /** What a template needs to be saved. */
    public record Draft(String name, String language, String body, String shortcut) {}

    /** All templates of {@code language} ({@code de}/{@code en}), by name; every template when it is null. */
    public List<Template> list(String language) {
        List<Template> all = templates.all();
        if (language == null) {
            return all;
        }
        String l = Template.language(language);
        return all.stream().filter(t -> t.language().equals(l)).toList();
    }

    public Optional<Template> find(long id) {
        return templates.find(id);
    }

    /**
     * Saves a new template.
     *
     * @throws ValidationException when a field is missing or too long, the name or shortcut is taken in that
     *         language, or the text uses a variable Switchboard does not know
     */
    public Template create(Draft d) {
        return tx.inTransaction(() -> {
            Template t = new Template(0, d.name(), d.language(), d.body(), d.shortcut(), clock.instant(),
                    clock.instant(), 0);
            checkUnique(t);
            Template saved = templates.insert(t);
            audit.record("template.created", "template", saved.id(), saved.language() + " " + saved.name());
            return saved;
        });
    }

    /**
     * Changes template {@code id} as read at {@code version}.
     *
     * @throws org.switchboard.domain.StaleWriteException when someone changed it meanwhile
     * @throws NotFoundException when it was deleted
     */
    public Template update(long id, long version, Draft d) {
        return tx.inTransaction(() -> {
            Template old = templates.find(id).orElseThrow(() -> new NotFoundException("template", id));
            Template t = new Template(id, d.name(), d.language(), d.body(), d.shortcut(), old.createdAt(),
                    clock.instant(), version);
            checkUnique(t);
            Template saved = templates.update(t);
            audit.record("template.changed", "template", id, saved.language() + " " + saved.name());
            return saved;
        });
    }

    /** Deletes template {@code id}; false when it was already gone. */
    public boolean delete(long id) {
        return tx.inTransaction(() -> {
            Optional<Template> old = templates.find(id);
            boolean deleted = templates.delete(id);
            if (deleted) {
                audit.record("template.deleted", "template", id, old.map(Template::name).orElse(""));
            }
            return deleted;
        });
    }

    /** Fills template {@code id} for case {@code caseId}. */
    public TemplateText.Rendered render(long id, long caseId) {
        Template t = templates.find(id).orElseThrow(() -> new NotFoundException("template", id));
        return TemplateText.render(t.body(), t.language(), values(caseId));
    }

    /** What the variables stand for on case {@code caseId}: its contact, its latest errand, this agent. */
    public TemplateText.Values values(long caseId) {
        return values(cases.open(caseId));
    }

    /** The values from a case already read. */
    public TemplateText.Values values(CaseDetail detail) {
        Optional<Errand> errand = detail.errands().stream().map(CaseDetail.ErrandWithEvents::errand)
                .max(Comparator.comparing(Errand::createdAt));
        String unit = null;
        if (errand.isPresent()) {
            Map<String, String> names = units.get().stream().collect(Collectors.toMap(Unit::key, Unit::name,
                    (a, b) -> a));
            unit = names.getOrDefault(errand.get().unitKey(), errand.get().unitKey());
        }
        return new TemplateText.Values(detail.contact() == null ? null : detail.contact().name(), unit,
                errand.map(e -> e.ref().value()).orElse(null), errand.map(Errand::dueAt).orElse(null), agent.name(),
                clock.getZone());
    }

    private void checkUnique(Template t) {
        List<String> unknown = TemplateText.unknownVariables(t.body());
        if (!unknown.isEmpty()) {
            throw new ValidationException("the template uses " + unknown.stream().map(v -> "{" + v + "}")
                    .collect(Collectors.joining(", ")) + ", which Switchboard does not know; use "
                    + TemplateText.VARIABLES.stream().map(v -> "{" + v + "}").collect(Collectors.joining(", "))
                    + " or remove the braces");
        }
        for (Template other : list(t.language())) {
            if (other.id() == t.id()) {
                continue;
            }
            if (other.name().toLowerCase(Locale.ROOT).equals(t.name().toLowerCase(Locale.ROOT))) {
                throw new ValidationException("a " + t.language() + " template named '" + other.name()
                        + "' exists already; choose another name");
            }
            if (t.shortcut() != null && t.shortcut().equals(other.shortcut())) {
                throw new ValidationException("the shortcut '" + t.shortcut() + "' belongs to the template '"
                        + other.name() + "' already; choose another one");
            }
        }
    }
}
