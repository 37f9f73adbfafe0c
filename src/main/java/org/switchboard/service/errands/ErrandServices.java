package org.switchboard.service.errands;

import java.time.Clock;
import java.util.function.Supplier;
import org.switchboard.service.Agent;
import org.switchboard.service.Audit;
import org.switchboard.service.cases.CaseService;
import org.switchboard.service.cases.Repositories;
import org.switchboard.service.events.EventBus;

/**
 * The errand services of a workspace, built together because they share the mailbox access, the
 * dispatcher and the status changes: {@code errands} (forward, update, list), {@code mail} (set, test)
 * and {@code sync} (the errand part of a sync pass).
 */
public record ErrandServices(ErrandService errands, MailSetup mail, ErrandSync sync) {
    /**
     * @param language the language of mails to colleagues ({@code de}/{@code en}, null: the system's), read
     *                 each time so a change in the settings applies at once
     */
    public static ErrandServices create(Repositories repos, ErrandPorts ports, CaseService cases, Audit audit,
                                        EventBus events, Clock clock, Agent agent, Supplier<String> language) {
        return create(repos, ports, cases, audit, events, clock, agent, language, id -> java.util.List.of());
    }

    /**
     * As above; {@code linkedCases} names the cases linked with a case as the same problem, which follow its
     * errands' outcome (back to the queue, a result draft each).
     */
    public static ErrandServices create(Repositories repos, ErrandPorts ports, CaseService cases, Audit audit,
                                        EventBus events, Clock clock, Agent agent, Supplier<String> language,
                                        java.util.function.LongFunction<java.util.List<Long>> linkedCases) {
        Supplier<String> lang = () -> {
            String l = language.get();
            return l != null ? l : java.util.Locale.getDefault().getLanguage();
        };
        MailAccess access = new MailAccess(ports.settings(), ports.secrets());
        CustomerDrafts drafts = new CustomerDrafts(repos.drafts(), repos.messages(), clock);
        Dispatcher dispatcher = new Dispatcher(ports, cases, access, clock, lang);
        StatusChanges changes = new StatusChanges(ports, repos.directory(), cases, drafts, audit, clock,
                linkedCases);
        ErrandLookup lookup = new ErrandLookup(ports, repos.directory());
        ErrandService errands = new ErrandService(ports, new ErrandService.Collaborators(repos.directory(),
                repos.cases(), cases, audit, events, clock, agent), access, dispatcher, changes, drafts, lookup);
        AnswerInbox inbox = new AnswerInbox(ports, repos.directory(), access, changes, clock);
        FollowUpLadder ladder = new FollowUpLadder(ports, repos.directory(), repos.cases(), cases, access, clock, lang);
        ErrandSync sync = new ErrandSync(ports, access, dispatcher, inbox, ladder, lookup, events);
        return new ErrandServices(errands, new MailSetup(access, ports.sender(), ports.mailbox(), ports.tx(), audit),
                sync);
    }
}
