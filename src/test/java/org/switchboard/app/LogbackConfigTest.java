package org.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application's logging, set up in code instead of logback.xml (start-up, ADR 0021). */
class LogbackConfigTest {
    @TempDir
    Path dir;

    @Test
    void theLogGoesToTheDataFoldersLogsAndLeavesFlywayAndH2AtWarn() throws Exception {
        String before = System.getProperty(LoggingSetup.LOG_DIR_PROPERTY);
        System.setProperty(LoggingSetup.LOG_DIR_PROPERTY, dir.resolve("logs").toString());
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as the SLF4J binding does
        try {
            LogbackConfig config = new LogbackConfig();
            config.setContext(context);
            // the tests' own logback-test.xml would win over the code; the code's part is what is tested here
            assertThat(config.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(config.configureInCode(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
            context.getLogger("org.switchboard.app.Main").info("Geöffnet: Straßenbahn 🚋");
            context.getLogger("org.h2.engine").info("not written");
            context.getLogger("org.h2.engine").warn("written");
            assertThat(context.getLogger("org.flywaydb").getLevel()).isEqualTo(Level.WARN);
        } finally {
            context.stop();
            if (before == null) {
                System.clearProperty(LoggingSetup.LOG_DIR_PROPERTY);
            } else {
                System.setProperty(LoggingSetup.LOG_DIR_PROPERTY, before);
            }
        }
        String log = Files.readString(dir.resolve("logs/switchboard.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("INFO  [main] org.switchboard.app.Main - Geöffnet: Straßenbahn 🚋")
                .contains("WARN  [main] org.h2.engine - written").doesNotContain("not written");
    }
}
