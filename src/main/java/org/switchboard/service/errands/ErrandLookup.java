package org.switchboard.service.errands;

import java.util.List;
import org.switchboard.domain.Errand;
import org.switchboard.domain.OfficeHours;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.port.DirectoryRepository;

/** Builds errand views and finds an errand's recipient in the directory. Background threads. */
final class ErrandLookup {
    private final ErrandPorts ports;
    private final DirectoryRepository directory;

    ErrandLookup(ErrandPorts ports, DirectoryRepository directory) {
        this.ports = ports;
        this.directory = directory;
    }

    ErrandView view(Errand e) {
        Recipient r = recipientOf(e);
        List<ErrandView.Step> steps = ports.errands().events(e.id()).stream()
                .map(ev -> new ErrandView.Step(ev, ports.mail().fileNamesOfEvent(ev.id()))).toList();
        return new ErrandView(e, r.name(), r.firstPhone(), steps, ports.mail().delivery(e.id()).orElse(null));
    }

    /** The errand's unit as the directory has it now, or a stand-in when it has left the directory. */
    Recipient recipientOf(Errand e) {
        try {
            return Recipient.resolve(directory, e.unitKey());
        } catch (ValidationException gone) {
            return new Recipient(e.unitKey(), e.unitKey(), e.recipient(), List.of(), null, null, null,
                    Recipient.DEFAULT_DUE_DAYS, OfficeHours.ALWAYS, null);
        }
    }

    /** The agent's note given when forwarding: the note event written with the errand. */
    String agentNote(Errand e) {
        return ports.errands().events(e.id()).stream().filter(ev -> ev.type()
                        == org.switchboard.domain.ErrandEvent.Type.NOTE && ev.at().equals(e.createdAt()))
                .map(org.switchboard.domain.ErrandEvent::note).findFirst().orElse(null);
    }
}
