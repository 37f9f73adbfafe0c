package org.switchboard.ui.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.service.events.Event;
import org.switchboard.service.events.EventBus;

/**
 * The one place where service events cross onto the UI thread. Services publish on whatever thread
 * did the work; listeners registered here always run on the UI thread (the FX thread in the window,
 * the calling thread in view-model tests).
 */
public final class EventBridge implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventBridge.class);

    private final EventBus bus;
    private final Executor uiThread;
    private final List<AutoCloseable> subscriptions = new CopyOnWriteArrayList<>();

    public EventBridge(EventBus bus, Executor uiThread) {
        this.bus = bus;
        this.uiThread = uiThread;
    }

    /** A bridge onto the JavaFX application thread. Any thread. */
    public static EventBridge toFxThread(EventBus bus) {
        return new EventBridge(bus, r -> {
            try {
                Platform.runLater(r);
            } catch (IllegalStateException toolkitGone) {
                LOG.debug("FX toolkit stopped; event dropped");
            }
        });
    }

    /** Calls {@code listener} on the UI thread for every event until {@link #close()}. Any thread. */
    public void listen(Consumer<Event> listener) {
        subscriptions.add(bus.subscribe(event -> uiThread.execute(() -> listener.accept(event))));
    }

    /** Removes every listener registered here. Any thread. */
    @Override
    public void close() {
        for (AutoCloseable s : subscriptions) {
            try {
                s.close();
            } catch (Exception e) {
                LOG.debug("Unsubscribing failed", e);
            }
        }
        subscriptions.clear();
    }
}
