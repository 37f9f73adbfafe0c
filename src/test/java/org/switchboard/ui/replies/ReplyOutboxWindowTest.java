package org.switchboard.ui.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.Account;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.OutboxEntry;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.ContactRef;
import org.switchboard.service.cases.NewMessage;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.domain.queue.QueueRow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reply box and the outbox in the real window, with a real Mastodon account against a local server that
 * speaks Mastodon's API (the demo accounts never send): drafts per channel, Send through the outbox, the conflict
 * dialog, the outbox view.
 */
class ReplyOutboxWindowTest extends org.switchboard.ui.DemoWindowTestBase {
    private static final Instant NOW = UiTestWorkspace.CLOCK.instant();

    private final MockWebServer server = new MockWebServer();
    private final Mastodon mastodon = new Mastodon();
    private long spielplatz;
    private long laterne;
    private long refused;
    private Account city;

    /** POST /api/v1/statuses honouring the Idempotency-Key; a text with "ABGELEHNT" is refused as too long. */
    static final class Mastodon extends Dispatcher {
        final List<String> posted = new CopyOnWriteArrayList<>();
        volatile boolean refuse = true;
        private final Map<String, String> byKey = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong(114700000000000000L);

        @Override
        public MockResponse dispatch(RecordedRequest r) {
            String path = r.getUrl().encodedPath();
            if (r.getMethod().equals("POST") && path.equals("/api/v1/statuses")) {
                String form = r.getBody() == null ? "" : r.getBody().utf8();
                String status = field(form, "status");
                if (refuse && status.contains("ABGELEHNT")) {
                    return json(422, "{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}");
                }
                String key = r.getHeaders().get("Idempotency-Key");
                String body = byKey.computeIfAbsent(key == null ? "none-" + ids.get() : key, k -> {
                    posted.add(status);
                    long id = ids.incrementAndGet();
                    return "{\"id\":\"" + id + "\",\"created_at\":\"" + NOW + "\",\"in_reply_to_id\":"
                            + quote(field(form, "in_reply_to_id")) + ",\"visibility\":\"public\",\"uri\":"
                            + "\"https://social.example/users/stadt/statuses/" + id + "\",\"url\":"
                            + "\"https://social.example/@stadt/" + id + "\",\"content\":" + quote("<p>"
                            + status.replace("&", "&amp;").replace("<", "&lt;") + "</p>") + ",\"spoiler_text\":\"\","
                            + "\"account\":{\"id\":\"109876543210987654\",\"acct\":\"stadt\"}}";
                });
                return json(200, body);
            }
            if (path.endsWith("/verify_credentials")) {
                return json(200, fixture("verify_credentials.json"));
            }
            if (path.equals("/api/v2/instance")) {
                return json(200, fixture("instance_v2.json"));
            }
            return json(200, "[]");
        }

        private static String field(String form, String name) {
            for (String pair : form.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals(name)) {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
            return "";
        }

        private static String quote(String s) {
            return s == null || s.isEmpty() ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }

        private static MockResponse json(int code, String body) {
            return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body)
                    .build();
        }

        private static String fixture(String name) {
            try (InputStream in = ReplyOutboxWindowTest.class.getResourceAsStream("/fixtures/mastodon/" + name)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The demo with a secret store in memory (the machine has no keychain), so a real account can connect. */
    @Override
    protected Workspace openWorkspace(java.nio.file.Path folder) {
        Workspace w = org.switchboard.app.AppContext.wire(folder, org.switchboard.store.Database.openEmbedded(folder),
                UiTestWorkspace.CLOCK, org.switchboard.connect.http.Http.newClient("test"),
                org.switchboard.connect.http.Sleeper.REAL, org.switchboard.testing.MemorySecretStore.open());
        w.demo().load();
        return w;
    }

    @Override
    protected void prepare(Workspace w) {
        server.setDispatcher(mastodon);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        city = w.accounts().connect(Platform.MASTODON, "Stadt Mastodon",
                Map.of("instance", server.url("/").toString()), "token-for-tests").account();
        spielplatz = mention(w, "Anna Schmidt", "anna@norden.social.example", "109876",
                "@stadt Der Spielplatz am Weiher ist seit Wochen gesperrt.");
        w.conversations().addMessage(spielplatz, null, new NewMessage(city.id(), Platform.MASTODON, "109877",
                Direction.IN, MessageKind.DIRECT, "Anna Schmidt", "@stadt Privat: ich wohne direkt daneben.", null,
                NOW.minus(Duration.ofMinutes(90)), null, List.of(), null, null, List.of(), "109877",
                Map.of("visibility", "direct", "acct", "anna@norden.social.example", "statusId", "109877")));
        laterne = mention(w, "Jonas Weber", "jonas@social.example", "109878",
                "@stadt Die Laterne in der Mühlgasse ist aus.");
        refused = mention(w, "Petra Lang", "petra@social.example", "109879", "@stadt Wer mäht die Wiese?");
        var draft = w.drafts().save(refused, ReplyChannel.PUBLIC, "ABGELEHNT: viel zu lang", null);
        var queued = (org.switchboard.service.replies.Release.Queued) w.outbox().release(draft.id());
        assertThat(w.outbox().deliverNow(queued.entry().id()).state()).isEqualTo(OutboxEntry.State.FAILED);
    }

    private long mention(Workspace w, String name, String acct, String statusId, String text) {
        Contact c = w.conversations().findOrCreateContact(new ContactRef(name, null, null,
                List.of(new ContactRef.Handle(Platform.MASTODON, "@" + acct, null))));
        return w.conversations().openCase(c, new NewMessage(city.id(), Platform.MASTODON, statusId, Direction.IN,
                MessageKind.MENTION, name, text, null, NOW.minus(Duration.ofHours(2)), null, List.of(), null, null,
                List.of(), statusId, Map.of("visibility", "public", "acct", acct, "statusId", statusId)),
                Priority.HIGH).id();
    }

    @AfterEach
    void stopTheServer() {
        server.close();
    }

    @Test
    void typingSavesTheDraftAndReopeningTheCaseRestoresIt() throws Exception {
        open(laterne);
        TextArea area = area();
        robot.clickOn(area).write("Danke, Jonas");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ws.drafts().current(laterne, ReplyChannel.PUBLIC)
                .map(d -> d.text().equals("Danke, Jonas")).orElse(false));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label("#reply-saved").startsWith("Draft saved"));

        open(spielplatz);
        assertThat(area().getText()).isEmpty();
        open(laterne);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> area().getText().equals("Danke, Jonas"));
        assertThat(mastodon.posted).as("a draft is never sent").isEmpty();
    }

    @Test
    void switchingTheChannelKeepsTheTextOfEach() throws Exception {
        open(spielplatz);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#reply-channel-public").tryQuery()
                .isPresent());
        assertThat(robot.lookup("#reply-channel-direct").queryAs(ToggleButton.class).isSelected())
                .as("the latest message was direct").isTrue();
        robot.clickOn(area()).write("Privat geantwortet");
        robot.clickOn("#reply-channel-public");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> area().getText().isEmpty());
        assertThat(label("#reply-visibility")).startsWith("Public");
        robot.clickOn(area()).write("Oeffentlich geantwortet");
        robot.clickOn("#reply-channel-direct");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> area().getText().equals("Privat geantwortet"));
        robot.clickOn("#reply-channel-public");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> area().getText().equals("Oeffentlich geantwortet"));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ws.drafts().current(spielplatz, ReplyChannel.DIRECT)
                .map(d -> d.text().equals("Privat geantwortet")).orElse(false)
                && ws.drafts().current(spielplatz, ReplyChannel.PUBLIC)
                .map(d -> d.text().equals("Oeffentlich geantwortet")).orElse(false));
    }

    @Test
    void sendGoesThroughTheOutboxOnceAndTheReplyShowsOnTheCase() throws Exception {
        open(laterne);
        robot.clickOn(area()).write("Danke, die Laterne ist gemeldet und wird diese Woche repariert.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> label("#reply-outbox-state").startsWith("Sent"));
        assertThat(mastodon.posted).singleElement().satisfies(s -> assertThat(s).contains("Laterne ist gemeldet"));
        assertThat(ws.outbox().list()).filteredOn(e -> e.caseId() == laterne).singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo(OutboxEntry.State.SENT));
        assertThat(area().getText()).isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown("Laterne ist gemeldet"));
    }

    @Test
    void aReplyRefusedWhileTheCaseIsOpenComesBackIntoTheBoxWithTheReasonOnceAndTheDetailsBelow() throws Exception {
        open(laterne);
        robot.clickOn(area()).write("ABGELEHNT: viel zu lang");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> label("#reply-outbox-state").startsWith("Failed"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> area().getText().equals("ABGELEHNT: viel zu lang"));
        assertThat(label("#reply-outbox-state")).as("why, in the window's words")
                .startsWith("Failed: Not sent: Mastodon refused the reply.");
        assertThat(label("#reply-notice")).as("what the platform said, not the reason again")
                .startsWith("Details: ").contains("500").doesNotContain("Not sent: Not sent");
        assertThat(mastodon.posted).isEmpty();
        String out = System.getProperty("sb.screenshots");
        if (out != null && !out.isBlank()) {
            javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
            robot.interact(() -> shot[0] = robot.lookup("#reply-window").query().getScene().snapshot(null));
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(out));
            int w = (int) shot[0].getWidth();
            int h = (int) shot[0].getHeight();
            java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(w, h,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    png.setRGB(x, y, shot[0].getPixelReader().getArgb(x, y));
                }
            }
            javax.imageio.ImageIO.write(png, "png", java.nio.file.Path.of(out, "reply-refused-en.png").toFile());
        }
    }

    @Test
    void aMessageThatArrivedMeanwhileIsShownAndSendAnywaySendsOnce() throws Exception {
        open(laterne);
        robot.clickOn(area()).write("Wir schicken jemanden vorbei.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ws.drafts().current(laterne, ReplyChannel.PUBLIC)
                .map(d -> d.text().equals("Wir schicken jemanden vorbei.")).orElse(false));
        ws.conversations().addMessage(laterne, null, new NewMessage(city.id(), Platform.MASTODON, "109890",
                Direction.IN, MessageKind.MENTION, "Jonas Weber", "@stadt Sie brennt wieder, danke!", null,
                NOW.minus(Duration.ofMinutes(1)), null, List.of(), null, null, List.of(), "109890",
                Map.of("visibility", "public", "acct", "jonas@social.example", "statusId", "109890")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown("Sie brennt wieder"));

        robot.clickOn("#reply-send");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reply-conflict-send").tryQuery()
                .isPresent());
        assertThat(robot.lookup("#reply-conflicts").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .isEqualTo("1 message has arrived on the case since you began this reply");
        assertThat(mastodon.posted).isEmpty();
        robot.interact(() -> robot.lookup("#reply-conflict-send").queryAs(Button.class).fire());

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> label("#reply-outbox-state").startsWith("Sent"));
        assertThat(mastodon.posted).containsExactly("@jonas@social.example Wir schicken jemanden vorbei.");
    }

    @Test
    void theOutboxViewListsAFailedReplyWithItsReasonAndRetriesIt() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status-outbox").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#status-outbox").queryAs(javafx.scene.control.Hyperlink.class).getText())
                .isEqualTo("1 reply in the outbox");
        robot.interact(() -> robot.lookup("#status-outbox").queryAs(javafx.scene.control.Hyperlink.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#outbox-table").tryQuery()
                .map(t -> !((javafx.scene.control.TableView<?>) t).getItems().isEmpty()).orElse(false));
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<OutboxEntry> table = robot.lookup("#outbox-table")
                .queryAs(javafx.scene.control.TableView.class);
        OutboxEntry failed = table.getItems().getFirst();
        assertThat(failed.caseId()).isEqualTo(refused);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cells = robot.lookup("#outbox-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().map(c -> c.getText() == null ? "" : c.getText()).toList();
        assertThat(cells).contains("#" + refused, "Mastodon", "Stadt Mastodon", "Public", "Failed", "1");
        // the column says why in the window's words; the line below adds the platform's own message
        assertThat(cells).contains("Not sent: Mastodon refused the reply. The text is back in the draft; change it or "
                + "answer another way.");
        assertThat(label("#outbox-detail")).as("the reason in full").startsWith("#" + refused + " \u2014 Failed: Not sent:")
                .contains("Details: Not sent:").contains("500");

        mastodon.refuse = false; // the agent shortened it on the platform's terms; here the server accepts now
        robot.interact(() -> table.getSelectionModel().select(failed));
        assertThat(robot.lookup("#outbox-retry").queryAs(Button.class).isDisabled()).isFalse();
        robot.interact(() -> robot.lookup("#outbox-retry").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> ws.outbox().find(failed.id()).state()
                == OutboxEntry.State.SENT);
        assertThat(mastodon.posted).singleElement().satisfies(t -> assertThat(t).contains("ABGELEHNT"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(e -> e.id() == failed.id() && e.state() == OutboxEntry.State.SENT));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#status-outbox").query().isVisible());

        robot.interact(() -> robot.lookup("#outbox-open-case").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown("Wer mäht die Wiese?"));
    }

    private void open(long caseId) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<QueueRow> list = robot.lookup("#queue-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().stream().anyMatch(r -> r.id() == caseId));
        robot.interact(() -> {
            list.requestFocus();
            list.getItems().stream().filter(r -> r.id() == caseId).findFirst()
                    .ifPresent(r -> list.getSelectionModel().select(r));
        });
        String first = ws.cases().open(caseId).messages().getFirst().text();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(first)
                && !robot.lookup("#reply-text").queryAs(TextArea.class).isDisabled()
                && robot.lookup("#reply-text").queryAs(TextArea.class).isEditable());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TextArea area() {
        return robot.lookup("#reply-text").queryAs(TextArea.class);
    }

    private String label(String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** True when some label or text of the window (outside the reply box) shows {@code words}. */
    private boolean shown(String words) {
        return robot.lookup((Node n) -> n.isVisible() && !isInReplyText(n) && (n instanceof Labeled l
                && l.getText() != null && l.getText().contains(words) || n instanceof javafx.scene.text.Text t
                && t.getText() != null && t.getText().contains(words))).tryQuery().isPresent();
    }

    private static boolean isInReplyText(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if ("reply-text".equals(p.getId())) {
                return true;
            }
        }
        return false;
    }
}
