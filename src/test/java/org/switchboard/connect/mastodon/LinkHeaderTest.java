package org.switchboard.connect.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {
    private static final HttpUrl BASE = HttpUrl.get("https://social.example/api/v1/notifications?limit=40");

    @Test
    void readsMastodonsNextAndPrevPositions() {
        LinkHeader links = LinkHeader.parse(List.of(Fixtures.text("inbound_page1.headers.txt").lines()
                .filter(l -> l.startsWith("Link:")).map(l -> l.substring(5).strip()).findFirst().orElseThrow()));
        assertThat(links.parameter("next", "max_id", BASE)).contains("4711233");
        assertThat(links.parameter("prev", "min_id", BASE)).contains("4711240");
        assertThat(links.parameter("prev", "types[]", BASE)).contains("mention");
    }

    @Test
    void followsRfc8288QuotingCaseAndSeveralRelations() {
        LinkHeader links = LinkHeader.parse(List.of(
                "<https://a.example/x?max_id=1>; title=\"a, b; c \\\"quoted\\\"\"; REL=\"Next Last\"",
                "</api/v1/notifications?min_id=9> ;rel=prev;rel=next, <broken"));
        assertThat(links.parameter("next", "max_id", BASE)).contains("1");
        assertThat(links.has("last")).isTrue();
        assertThat(links.target("prev", BASE)).contains(HttpUrl.get("https://social.example/api/v1/notifications?min_id=9"));
    }

    @Test
    void skipsBrokenPartsAndKeepsTheRest() {
        LinkHeader links = LinkHeader.parse(List.of("garbage, <https://a.example/?min_id=3>; rel=prev, ;;;, <x>; =y"));
        assertThat(links.parameter("prev", "min_id", BASE)).contains("3");
        assertThat(LinkHeader.parse(List.of()).has("next")).isFalse();
        assertThat(LinkHeader.parse(List.of("")).has("next")).isFalse();
    }
}
