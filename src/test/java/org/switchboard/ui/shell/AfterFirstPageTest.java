package org.switchboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window's background start (sync, vault check, errand passes, outbox count) waits for the first page. */
class AfterFirstPageTest {
    private static Scene scene;

    @BeforeAll
    static void aShownScene() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            scene = new Scene(new StackPane(new Label("Warteschlange")), 300, 200);
            stage.setScene(scene);
            stage.show();
        });
    }

    @Test
    void nothingStartsWhileTheFirstPageIsBeingReadAndItStartsOnceAfterItIsPainted() throws Exception {
        SimpleBooleanProperty loading = new SimpleBooleanProperty(true);
        AtomicInteger started = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> AfterFirstPage.run(loading, scene, started::incrementAndGet)).get(5,
                TimeUnit.SECONDS);
        // frames go by while the page is still being read
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.asyncFx(Platform::requestNextPulse).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(started).hasValue(0);

        WaitForAsyncUtils.asyncFx(() -> loading.set(false)).get(5, TimeUnit.SECONDS);
        awaitStarted(started);
        WaitForAsyncUtils.asyncFx(() -> {
            loading.set(true); // a later refresh does not start it again
            loading.set(false);
        }).get(5, TimeUnit.SECONDS);
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.asyncFx(Platform::requestNextPulse).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(started).hasValue(1);
    }

    @Test
    void aPageReadBeforeTheWindowWaitedStartsItAfterTheNextFrame() throws Exception {
        AtomicInteger started = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> AfterFirstPage.run(new SimpleBooleanProperty(false), scene,
                started::incrementAndGet)).get(5, TimeUnit.SECONDS);
        awaitStarted(started);
        assertThat(started).hasValue(1);
    }

    private static void awaitStarted(AtomicInteger started) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            while (started.get() == 0 && !done.isDone()) {
                WaitForAsyncUtils.waitForFxEvents();
                Thread.onSpinWait();
            }
            done.complete(null);
        });
        done.get(20, TimeUnit.SECONDS);
    }
}
