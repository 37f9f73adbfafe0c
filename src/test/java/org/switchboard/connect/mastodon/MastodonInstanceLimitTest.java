package org.switchboard.connect.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.switchboard.service.replies.ReplyRules;

/** The instance's own status length, read from /api/v2/instance for the reply counter. */
class MastodonInstanceLimitTest {
    @Test
    void theInstancesMaxCharactersBecomesTheAccountsSetting() {
        try (MastodonTestBed bed = new MastodonTestBed()) {
            bed.routes.always("/api/v2/instance", Fixtures.response("instance_v2"));
            assertThat(bed.connector().replySettings()).containsExactlyEntriesOf(
                    java.util.Map.of(ReplyRules.MASTODON_LIMIT_SETTING, "5000"));
            assertThat(bed.routes.requests("/api/v2/instance").getFirst().getHeaders().get("Authorization"))
                    .isEqualTo("Bearer " + MastodonTestBed.TOKEN);
        }
    }

    @Test
    void aServerThatDoesNotSayLeavesTheDefault() {
        try (MastodonTestBed bed = new MastodonTestBed()) {
            // no /api/v2/instance (Mastodon before 4.0): 404
            assertThat(bed.connector().replySettings()).isEmpty();
            bed.routes.always("/api/v2/instance", Fixtures.json(200,
                    "{\"configuration\":{\"statuses\":{\"max_characters\":\"viel\"}}}"));
            assertThat(bed.connector().replySettings()).isEmpty();
        }
    }
}
