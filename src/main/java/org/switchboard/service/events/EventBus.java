package org.switchboard.service.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plain-Java publish/subscribe. Listeners run on the publishing thread and must be quick; the UI's
 * bridge moves them onto the FX thread. A failing listener is logged and does not stop the others.
 */
public final class EventBus {
    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();

    /** Registers a listener; returns the handle that removes it. Any thread. */
    public AutoCloseable subscribe(Consumer<Event> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Delivers the event to every listener. Any thread. */
    public void publish(Event event) {
        for (Consumer<Event> l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("Event listener failed on {}", event, e);
            }
        }
    }
}
