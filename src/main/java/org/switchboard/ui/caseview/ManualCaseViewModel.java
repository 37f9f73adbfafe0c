package org.switchboard.ui.caseview;

import java.util.List;
import java.util.function.Consumer;
import org.switchboard.domain.Platform;
import org.switchboard.service.cases.ManualIntake;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;
import org.switchboard.ui.common.StatusModel;

/**
 * Ctrl+N: a call, a letter or a visit at the counter, logged as a case through {@link ManualIntake} and then
 * worked like any other. UI thread only; the case is written through the {@link BackgroundRunner}.
 */
public final class ManualCaseViewModel {
    /** The channels a concern reaches us on outside the connected accounts, the most frequent first. */
    public static final List<Platform> CHANNELS = List.of(Platform.PHONE, Platform.LETTER, Platform.WALK_IN,
            Platform.EMAIL, Platform.OTHER);

    /** What the agent wrote down. Blank fields are left out. */
    public record Entry(Platform channel, String name, String phone, String email, String handle, String text) {}

    private final ManualIntake intake;
    private final BackgroundRunner runner;
    private final StatusModel status;

    public ManualCaseViewModel(ManualIntake intake, BackgroundRunner runner, StatusModel status) {
        this.intake = intake;
        this.runner = runner;
        this.status = status;
    }

    /** Why the entry cannot be logged yet, as a bundle key, or null. Any thread. */
    public static String problem(Entry e) {
        if (e.name() == null || e.name().isBlank()) {
            return "intake.error.name";
        }
        if (e.text() == null || e.text().isBlank()) {
            return "intake.error.text";
        }
        return null;
    }

    /**
     * Logs the entry as a new case. {@code after} gets null when it is logged (and {@code opened} the new
     * case's id), else the problem in the service's words. UI thread.
     */
    public void log(Entry e, Consumer<Notice> after, Consumer<Long> opened) {
        String problem = problem(e);
        if (problem != null) {
            after.accept(Notice.problem(problem, ""));
            return;
        }
        status.begin();
        runner.run(() -> intake.log(new ManualIntake.Concern(e.channel(), e.name(), blank(e.handle()),
                blank(e.email()), blank(e.phone()), e.text())), created -> {
            status.end();
            after.accept(null);
            opened.accept(created.id());
        }, failure -> {
            status.end();
            after.accept(Notice.problem("case.error.action", failure));
        });
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
