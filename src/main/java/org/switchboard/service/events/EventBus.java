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
    private volatile org.switchboard.domain.port.Transactions transactions;

    /**
     * Delivers events published inside a database transaction only after it commits, so a listener that
     * reads the database (the search indexer, the queue) sees what the event announces.
     */
    public void deferUntilCommit(org.switchboard.domain.port.Transactions tx) {
        this.transactions = tx;
    }

    /** Registers a listener; returns the handle that removes it. Any thread. */
    public AutoCloseable subscribe(Consumer<Event> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Delivers the event to every listener. Any thread. */
    public void publish(Event event) {
        org.switchboard.domain.port.Transactions tx = transactions;
        if (tx != null) {
            tx.afterCommit(() -> deliver(event));
        } else {
            deliver(event);
        }
    }

    private void deliver(Event event) {
        for (Consumer<Event> l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("Event listener failed on {}", event, e);
            }
        }
    }
}
