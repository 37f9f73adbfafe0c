package org.switchboard.service.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deflection check against labelled replies of a city's and a transport company's social-media team.
 * {@code replies.jsonl} is the corpus the signals were tuned on (at least 0.9 precision and recall);
 * {@code holdout.jsonl} was written after tuning and never tuned on (at least 0.8).
 */
class DeflectionCorpusTest {
    @TempDir
    static Path dir;

    private static DemoDeflection demo;

    @BeforeAll
    static void openTheDemo() {
        demo = new DemoDeflection(dir);
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @Test
    void theCorpusIsBalancedAndBilingual() {
        List<LabelledReplies.Reply> replies = LabelledReplies.read("/deflection/replies.jsonl");
        assertThat(replies).hasSizeGreaterThanOrEqualTo(100);
        long deflections = replies.stream().filter(LabelledReplies.Reply::deflection).count();
        assertThat(deflections * 2).isEqualTo(replies.size());
        assertThat(replies.stream().filter(r -> r.lang().equals("de")).count()).isGreaterThanOrEqualTo(replies.size() * 4 / 10);
        assertThat(replies.stream().filter(r -> r.lang().equals("en")).count()).isGreaterThanOrEqualTo(replies.size() * 4 / 10);
    }

    @Test
    void theCheckFindsDeflectionsInTheCorpusWithPrecisionAndRecallOfAtLeast90Percent() {
        LabelledReplies.Outcome o = LabelledReplies.judge(LabelledReplies.read("/deflection/replies.jsonl"), demo.check);
        System.out.println(o.summary("deflection corpus"));
        o.wrong().forEach(w -> System.out.println("  " + w));
        assertThat(o.precision()).as(o.summary("corpus")).isGreaterThanOrEqualTo(0.9);
        assertThat(o.recall()).as(o.summary("corpus")).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theCheckDoesWellOnRepliesItWasNotTunedOn() {
        LabelledReplies.Outcome o = LabelledReplies.judge(LabelledReplies.read("/deflection/holdout.jsonl"), demo.check);
        System.out.println(o.summary("deflection hold-out"));
        o.wrong().forEach(w -> System.out.println("  " + w));
        assertThat(o.precision()).as(o.summary("hold-out")).isGreaterThanOrEqualTo(0.8);
        assertThat(o.recall()).as(o.summary("hold-out")).isGreaterThanOrEqualTo(0.8);
    }
}
