package org.switchboard.service.cases;

import java.util.List;
import org.switchboard.domain.Platform;

/**
 * Who wrote: a name and the handles we know. {@link ConversationService#findOrCreateContact} matches an
 * existing contact by any of the handles, or creates one.
 */
public record ContactRef(String name, String email, String phone, List<Handle> handles) {
    /** One identity: platform, handle, and where its profile is. */
    public record Handle(Platform platform, String handle, String url) {}

    public ContactRef {
        handles = handles == null ? List.of() : List.copyOf(handles);
    }
}
