package org.switchboard.ui.queue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.controlsfx.control.CheckComboBox;
import org.switchboard.domain.Account;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Converters;
import org.switchboard.ui.common.DomainTexts;

/**
 * The filter controls, each showing one field of {@link QueueFilters} and writing it back on change.
 * A ComboBox shows a {@code null} item badly, so "all" choices are values of their own. FX thread.
 */
final class FilterFields {
    /** A choice with "no narrowing" as a value: {@code value == null} means all. */
    record Choice<T>(T value, String label) {}

    final CheckComboBox<CaseStatus> status = new CheckComboBox<>();
    final ComboBox<Choice<Platform>> platform = new ComboBox<>();
    final ComboBox<Choice<Long>> account = new ComboBox<>();
    final ComboBox<Choice<String>> assignee = new ComboBox<>();
    final ComboBox<Choice<Priority>> priority = new ComboBox<>();
    final ComboBox<String> tag = new ComboBox<>();
    final CheckBox openErrand;
    final CheckBox overdue;

    private final QueueViewModel vm;
    private final DomainTexts names;
    private final Texts texts;
    /** True while the controls are set from the view-model, so they do not write back. */
    private boolean showing;
    private KnownNames lastKnown;
    private List<Account> lastAccounts;

    FilterFields(QueueViewModel vm, DomainTexts names) {
        this.vm = vm;
        this.names = names;
        this.texts = names.texts();
        openErrand = new CheckBox(texts.get("queue.filter.open-errand"));
        overdue = new CheckBox(texts.get("queue.filter.overdue"));
        status.setId("filter-status");
        status.getItems().setAll(CaseStatus.values());
        status.setConverter(Converters.of(names::status));
        status.setTitle(texts.get("queue.filter.status.view"));
        platform.setId("queue-platform");
        List<Choice<Platform>> platforms = new ArrayList<>();
        platforms.add(new Choice<>(null, texts.get("queue.filter.all-platforms")));
        for (Platform p : Platform.values()) {
            platforms.add(new Choice<>(p, names.platform(p)));
        }
        platform.getItems().setAll(platforms);
        account.setId("filter-account");
        assignee.setId("filter-assignee");
        priority.setId("filter-priority");
        List<Choice<Priority>> priorities = new ArrayList<>();
        priorities.add(new Choice<>(null, texts.get("queue.filter.any-priority")));
        for (Priority p : Priority.values()) {
            priorities.add(new Choice<>(p, names.priority(p)));
        }
        priority.getItems().setAll(priorities);
        tag.setId("filter-tag");
        tag.setEditable(true);
        tag.setPromptText(texts.get("queue.filter.tag.prompt"));
        openErrand.setId("filter-open-errand");
        overdue.setId("filter-overdue");
        for (ComboBox<? extends Choice<?>> box : List.of(platform, account, assignee, priority)) {
            styleChoices(box);
        }
        for (var c : List.of(status, platform, account, assignee, priority, tag)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        refillLists();
        show(vm.filters().get());
        listen();
    }

    /** Accounts and known agents and tags change with the data; the lists follow without losing the choice. */
    void refillLists() {
        KnownNames known = vm.known();
        List<Account> accountsNow = List.copyOf(vm.accounts());
        if (known.equals(lastKnown) && accountsNow.equals(lastAccounts)) {
            return; // resetting the items would close an open drop-down for nothing
        }
        lastKnown = known;
        lastAccounts = accountsNow;
        boolean was = showing;
        showing = true;
        try {
            List<Choice<Long>> accounts = new ArrayList<>();
            accounts.add(new Choice<>(null, texts.get("queue.filter.all-accounts")));
            for (Account a : vm.accounts()) {
                accounts.add(new Choice<>(a.id(), DisplayText.oneLine(a.name())));
            }
            account.getItems().setAll(accounts);
            List<Choice<String>> agents = new ArrayList<>();
            agents.add(new Choice<>(null, texts.get("queue.filter.anyone")));
            agents.add(new Choice<>(QueueFilters.ME, texts.get("queue.filter.me")));
            agents.add(new Choice<>(QueueFilters.UNASSIGNED, texts.get("queue.filter.unassigned")));
            known.agents().forEach(a -> agents.add(new Choice<>(a, DisplayText.oneLine(a))));
            assignee.getItems().setAll(agents);
            tag.getItems().setAll(known.tags());
            show(vm.filters().get());
        } finally {
            showing = was;
        }
    }

    /** Sets every control from {@code f}. */
    void show(QueueFilters f) {
        boolean was = showing;
        showing = true;
        try {
            status.getCheckModel().clearChecks();
            f.statuses().forEach(s -> status.getCheckModel().check(s));
            select(platform, f.platform());
            select(account, f.accountId());
            if (f.assignee() != null && assignee.getItems().stream().noneMatch(c -> f.assignee().equals(c.value()))) {
                assignee.getItems().add(new Choice<>(f.assignee(), DisplayText.oneLine(f.assignee())));
            }
            select(assignee, f.assignee());
            select(priority, f.priority());
            tag.setValue(f.tag());
            openErrand.setSelected(f.openErrand());
            overdue.setSelected(f.overdue());
        } finally {
            showing = was;
        }
    }

    private void listen() {
        status.getCheckModel().getCheckedItems().addListener((ListChangeListener<CaseStatus>) c -> {
            List<CaseStatus> checked = status.getCheckModel().getCheckedItems();
            update(f -> f.withStatuses(checked.isEmpty() ? EnumSet.noneOf(CaseStatus.class) : EnumSet.copyOf(checked)));
        });
        platform.valueProperty().addListener((o, a, b) -> update(f -> f.withPlatform(b == null ? null : b.value())));
        account.valueProperty().addListener((o, a, b) -> update(f -> f.withAccount(b == null ? null : b.value())));
        assignee.valueProperty().addListener((o, a, b) -> update(f -> f.withAssignee(b == null ? null : b.value())));
        priority.valueProperty().addListener((o, a, b) -> update(f -> f.withPriority(b == null ? null : b.value())));
        tag.valueProperty().addListener((o, a, b) -> update(f -> f.withTag(b)));
        openErrand.selectedProperty().addListener((o, a, b) -> update(f -> f.withOpenErrand(b)));
        overdue.selectedProperty().addListener((o, a, b) -> update(f -> f.withOverdue(b)));
    }

    private void update(Function<QueueFilters, QueueFilters> change) {
        if (showing) {
            return;
        }
        QueueFilters next = change.apply(vm.filters().get());
        if (!next.equals(vm.filters().get())) {
            vm.filters().set(next);
        }
    }

    private static <T> void select(ComboBox<Choice<T>> box, T value) {
        box.getItems().stream().filter(c -> Objects.equals(c.value(), value)).findFirst()
                .ifPresentOrElse(box::setValue, () -> box.setValue(box.getItems().isEmpty() ? null
                        : box.getItems().getFirst()));
    }

    private static <T extends Choice<?>> void styleChoices(ComboBox<T> box) {
        box.setConverter(Converters.of(Choice::label));
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.label());
            }
        });
    }
}
