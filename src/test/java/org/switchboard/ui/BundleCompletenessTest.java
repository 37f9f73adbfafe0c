package org.switchboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every string a person reads exists in English and German, and none is empty (STYLE.md, habit 9). */
class BundleCompletenessTest {
    private static final String ENGLISH = "/org/switchboard/i18n/messages.properties";
    private static final String GERMAN = "/org/switchboard/i18n/messages_de.properties";

    @Test
    void everyEnglishKeyHasAGermanTextAndTheOtherWayRound() throws IOException {
        Properties en = load(ENGLISH);
        Properties de = load(GERMAN);
        assertThat(missingIn(de, en)).as("keys in messages.properties missing from messages_de.properties").isEmpty();
        assertThat(missingIn(en, de)).as("keys in messages_de.properties missing from messages.properties").isEmpty();
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String file : new String[] {ENGLISH, GERMAN}) {
            Properties p = load(file);
            Set<String> empty = new TreeSet<>();
            p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()).forEach(empty::add);
            assertThat(empty).as("empty values in " + file).isEmpty();
        }
    }

    @Test
    void everyTextWithPlaceholdersIsAValidMessageFormat() throws IOException {
        for (String file : new String[] {ENGLISH, GERMAN}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                if (value.contains("{")) {
                    assertThat(new MessageFormat(value).format(new Object[] {1, 2, 3})).as(file + " " + key).isNotBlank();
                }
            }
        }
    }

    private static Set<String> missingIn(Properties target, Properties source) {
        Set<String> missing = new TreeSet<>(source.stringPropertyNames());
        missing.removeAll(target.stringPropertyNames());
        return missing;
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            assertThat(p).as(resource + " has texts").isNotEmpty();
            return p;
        }
    }
}
