package org.switchboard.ui.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Identity;
import org.switchboard.service.contacts.ContactService;
import org.switchboard.service.contacts.ContactSuggestions;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;
import org.switchboard.ui.common.StatusModel;

/**
 * The contact profile: every identity, case, earlier attempt and note of one person; unlink an identity
 * (it becomes a contact of its own, with its cases), link another contact found by name or handle (a
 * recorded merge), and the suggestions of who is probably the same person, each accepted or dismissed.
 * UI thread only; the services run through the background runner.
 */
public final class ContactViewModel {
    /** The services the profile uses. */
    public record Services(ContactService contacts, ContactSuggestions suggestions) {}

    private final ContactService contacts;
    private final ContactSuggestions suggestions;
    private final BackgroundRunner runner;
    private final StatusModel status;
    private final ObjectProperty<ContactService.Profile> profile = new SimpleObjectProperty<>();
    private final ObservableList<ContactSuggestions.Suggestion> suggested = FXCollections.observableArrayList();
    private final ObservableList<Contact> found = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final List<Runnable> changed = new ArrayList<>();
    private Long contactId;
    private long request;
    private long searchRequest;

    public ContactViewModel(Services services, BackgroundRunner runner, StatusModel status) {
        this.contacts = services.contacts();
        this.suggestions = services.suggestions();
        this.runner = runner;
        this.status = status;
    }

    /** Called after a link, unlink or merge (the open case shows the contact too). UI thread. */
    public void onChanged(Runnable r) {
        changed.add(r);
    }

    /** Shows contact {@code id}. UI thread. */
    public void open(long id) {
        if (contactId == null || contactId != id) {
            notice.set(null);
            found.clear();
        }
        contactId = id;
        reload();
    }

    /** Reads the shown contact again. UI thread. */
    public void reload() {
        if (contactId == null) {
            return;
        }
        long id = contactId;
        long mine = ++request;
        status.begin();
        runner.run(() -> new Loaded(contacts.profile(id), suggestions.of(id)), l -> {
            status.end();
            if (mine == request) {
                profile.set(l.profile());
                suggested.setAll(l.suggestions());
            }
        }, e -> {
            status.end();
            notice.set(Notice.problem("contacts.error", e));
        });
    }

    private record Loaded(ContactService.Profile profile, List<ContactSuggestions.Suggestion> suggestions) {}

    /** Contacts whose name or handle contains {@code text} (the "Link with…" field). UI thread. */
    public void search(String text) {
        long mine = ++searchRequest;
        Long me = contactId;
        runner.run(() -> contacts.find(text), list -> {
            if (mine == searchRequest) {
                found.setAll(list.stream().filter(c -> me == null || c.id() != me).toList());
            }
        }, e -> notice.set(Notice.problem("contacts.error", e)));
    }

    /** Takes {@code identity} out into a contact of its own, with its cases and messages. UI thread. */
    public void unlink(Identity identity) {
        act(() -> contacts.unlink(identity.id()), c -> Notice.ok("contacts.done.unlinked", c.name()));
    }

    /** Makes {@code other} part of this contact (a recorded merge; nothing is lost). UI thread. */
    public void link(Contact other) {
        long me = contactId;
        act(() -> contacts.link(me, other.id()), c -> Notice.ok("contacts.done.linked", other.name()));
        found.clear();
    }

    public void accept(ContactSuggestions.Suggestion s) {
        long me = contactId;
        act(() -> suggestions.accept(me, s.other().id()), c -> Notice.ok("contacts.done.linked", s.other().name()));
    }

    public void dismiss(ContactSuggestions.Suggestion s) {
        long me = contactId;
        act(() -> {
            suggestions.dismiss(me, s.other().id());
            return s.other();
        }, c -> Notice.ok("contacts.done.dismissed", c.name()));
    }

    private <T> void act(Callable<T> job, java.util.function.Function<T, Notice> done) {
        status.begin();
        runner.run(job, r -> {
            status.end();
            notice.set(done.apply(r));
            reload();
            changed.forEach(Runnable::run);
        }, e -> {
            status.end();
            notice.set(Notice.problem("contacts.error", e));
        });
    }

    public ReadOnlyObjectProperty<ContactService.Profile> profile() {
        return profile;
    }

    public ObservableList<ContactSuggestions.Suggestion> suggestions() {
        return suggested;
    }

    public ObservableList<Contact> found() {
        return found;
    }

    public ReadOnlyObjectProperty<Notice> notice() {
        return notice;
    }

    /** The shown contact's id, or null. */
    public Long contactId() {
        return contactId;
    }
}
