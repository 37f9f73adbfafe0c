package org.switchboard.service.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.service.replies.ReplyProblem.Code;

class ReplyRulesTest {
    /** 👨‍👩‍👧 man ZWJ woman ZWJ girl: five code points, eight UTF-16 units, 18 UTF-8 bytes, one grapheme. */
    static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    /** 🇩🇪: two regional indicators, one flag. */
    static final String FLAG = "\uD83C\uDDE9\uD83C\uDDEA";
    /** "é" as e + combining acute accent: two code points, one grapheme, one character after NFC. */
    static final String E_COMBINING = "e\u0301";
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Nested
    class Bluesky {
        @Test
        void emojiSequencesFlagsAndAccentsCountAsOneGraphemeEach() {
            ReplyLength l = ReplyRules.count(Platform.BLUESKY, ReplyChannel.PUBLIC, FAMILY + FLAG + E_COMBINING + "ü");
            assertThat(l.used()).isEqualTo(4);
            assertThat(l.limit()).isEqualTo(300);
            assertThat(l.remaining()).isEqualTo(296);
            assertThat(l.over()).isFalse();
        }

        @Test
        void threeHundredFamiliesFitButOneMoreCharacterDoesNot() {
            String text = FAMILY.repeat(300);
            assertThat(ReplyRules.count(Platform.BLUESKY, ReplyChannel.PUBLIC, text).over()).isFalse();
            ReplyLength over = ReplyRules.count(Platform.BLUESKY, ReplyChannel.PUBLIC, text + "!");
            assertThat(over.over()).isTrue();
            assertThat(over.remaining()).isEqualTo(-1);
            assertThat(over.words()).isEqualTo("1 character over the limit of 300");
        }

        @Test
        void directMessagesAllowAThousandGraphemes() {
            assertThat(ReplyRules.count(Platform.BLUESKY, ReplyChannel.DIRECT, "a".repeat(1000)).over()).isFalse();
            assertThat(ReplyRules.count(Platform.BLUESKY, ReplyChannel.DIRECT, "a".repeat(1001)).over()).isTrue();
        }

        @Test
        void aReplyNeedsNoMention() {
            assertThat(ReplyRules.mentionPrefix(Platform.BLUESKY, "anna.bsky.social")).isEmpty();
            assertThat(ReplyRules.withMention(Platform.BLUESKY, "Danke!", "anna.bsky.social")).isEqualTo("Danke!");
        }
    }

    @Nested
    class Mastodon {
        @Test
        void aLinkCountsAsTwentyThreeHoweverLong() {
            String url = "https://www.beispielstadt.example/buergerservice/laermbeschwerde?formular=1&sprache=de";
            ReplyLength l = ReplyRules.count(Platform.MASTODON, ReplyChannel.PUBLIC, "Siehe " + url + ".");
            assertThat(l.used()).isEqualTo(6 + 23 + 1);
        }

        @Test
        void aRemoteMentionCountsOnlyItsLocalPart() {
            assertThat(ReplyRules.count(Platform.MASTODON, ReplyChannel.PUBLIC, "@anna@norden.social Grüße").used())
                    .isEqualTo("@anna Grüße".length());
        }

        @Test
        void emojiAndUmlautsCountAsGraphemes() {
            assertThat(ReplyRules.count(Platform.MASTODON, ReplyChannel.PUBLIC, "Straße " + FAMILY + FLAG).used())
                    .isEqualTo(9);
        }

        @Test
        void theInstancesOwnLimitReplacesTheDefault() {
            String text = "ö".repeat(600);
            assertThat(ReplyRules.count(Platform.MASTODON, ReplyChannel.PUBLIC, text).over()).isTrue();
            ReplyLength big = ReplyRules.count(Platform.MASTODON, ReplyChannel.PUBLIC, text, 5000);
            assertThat(big.over()).isFalse();
            assertThat(big.limit()).isEqualTo(5000);
        }

        @Test
        void theMentionOfThePersonAnsweredIsAddedOnceAndCounted() {
            assertThat(ReplyRules.withMention(Platform.MASTODON, "Danke für den Hinweis", "anna@norden.social"))
                    .isEqualTo("@anna@norden.social Danke für den Hinweis");
            assertThat(ReplyRules.withMention(Platform.MASTODON, "@Anna@norden.social danke", "anna@norden.social"))
                    .isEqualTo("@Anna@norden.social danke");
            // @annabel is somebody else
            assertThat(ReplyRules.withMention(Platform.MASTODON, "@annabel hallo", "anna"))
                    .isEqualTo("@anna @annabel hallo");
            String body = "x".repeat(494); // "@anna " (6) + 494 = 500: fits; one more does not
            assertThat(ReplyRules.check(reply(body, "anna@norden.social"), NOW)).isEmpty();
            assertThat(ReplyRules.check(reply(body + "x", "anna@norden.social"), NOW))
                    .extracting(ReplyProblem::code).containsExactly(Code.TOO_LONG);
        }

        private ReplyRules.Reply reply(String text, String mention) {
            return new ReplyRules.Reply(Platform.MASTODON, ReplyChannel.PUBLIC, ReplyChannel.PUBLIC, text, null,
                    null, mention);
        }
    }

    @Nested
    class X {
        @Test
        void latinAndUmlautsWeighOne() {
            assertThat(ReplyRules.count(Platform.X, ReplyChannel.PUBLIC, "Grüße aus Köln").used()).isEqualTo(14);
        }

        @Test
        void cjkWeighsTwo() {
            ReplyLength l = ReplyRules.count(Platform.X, ReplyChannel.PUBLIC, "東京都庁");
            assertThat(l.used()).isEqualTo(8);
            assertThat(ReplyRules.count(Platform.X, ReplyChannel.PUBLIC, "東".repeat(140)).over()).isFalse();
            assertThat(ReplyRules.count(Platform.X, ReplyChannel.PUBLIC, "東".repeat(141)).over()).isTrue();
        }

        @Test
        void anEmojiWeighsTwoEvenAsASequence() {
            assertThat(ReplyRules.count(Platform.X, ReplyChannel.PUBLIC, FAMILY).used()).isEqualTo(2);
            assertThat(ReplyRules.count(Platform.X, ReplyChannel.PUBLIC, FLAG).used()).isEqualTo(2);
            assertThat(ReplyRules.count(Platform.X, ReplyChannel.PUBLIC, "\uD83D\uDE00").used()).isEqualTo(2);
        }

        @Test
        void combiningAccentsAreNormalisedFirst() {
            assertThat(ReplyRules.count(Platform.X, ReplyChannel.PUBLIC, "Caf" + E_COMBINING).used()).isEqualTo(4);
        }

        @Test
        void linksWeighTwentyThreeWithOrWithoutScheme() {
            assertThat(ReplyRules.count(Platform.X, ReplyChannel.PUBLIC, "see https://example.com/a/very/long/path")
                    .used()).isEqualTo(4 + 23);
            assertThat(ReplyRules.count(Platform.X, ReplyChannel.PUBLIC, "siehe stadt.de/laerm").used())
                    .isEqualTo(6 + 23);
        }

        @Test
        void aReplyNeedsNoMention() {
            assertThat(ReplyRules.mentionPrefix(Platform.X, "anna")).isEmpty();
        }
    }

    @Nested
    class Threads {
        @Test
        void fiveHundredCharactersWithEmojiCountingTheirBytes() {
            assertThat(ReplyRules.count(Platform.THREADS, ReplyChannel.PUBLIC, "Danke " + "\uD83D\uDE00").used())
                    .isEqualTo(6 + 4);
            assertThat(ReplyRules.count(Platform.THREADS, ReplyChannel.PUBLIC, FAMILY).used()).isEqualTo(18);
            assertThat(ReplyRules.count(Platform.THREADS, ReplyChannel.PUBLIC, "ä".repeat(500)).over()).isFalse();
            assertThat(ReplyRules.count(Platform.THREADS, ReplyChannel.PUBLIC, "ä".repeat(501)).over()).isTrue();
        }
    }

    @Nested
    class Facebook {
        @Test
        void aCommentAllowsEightThousandAndMessengerTwoThousand() {
            assertThat(ReplyRules.count(Platform.FACEBOOK, ReplyChannel.PUBLIC, "ß".repeat(8000)).over()).isFalse();
            assertThat(ReplyRules.count(Platform.FACEBOOK, ReplyChannel.PUBLIC, "ß".repeat(8001)).over()).isTrue();
            assertThat(ReplyRules.count(Platform.FACEBOOK, ReplyChannel.DIRECT, "ß".repeat(2000)).over()).isFalse();
            assertThat(ReplyRules.count(Platform.FACEBOOK, ReplyChannel.DIRECT, "ß".repeat(2001)).over()).isTrue();
        }

        @Test
        void messengerShowsTimeLeftAndRefusesOutsideTheWindow() {
            Instant last = NOW.minus(Duration.ofHours(20));
            ReplyRules.Window w = ReplyRules.window(Platform.FACEBOOK, ReplyChannel.DIRECT, last, NOW).orElseThrow();
            assertThat(w.left()).isEqualTo(Duration.ofHours(4));
            assertThat(ReplyRules.check(Platform.FACEBOOK, ReplyChannel.DIRECT, "Hallo", last, NOW)).isEmpty();
            Instant old = NOW.minus(Duration.ofHours(24));
            assertThat(ReplyRules.window(Platform.FACEBOOK, ReplyChannel.DIRECT, old, NOW).orElseThrow().open())
                    .isFalse();
            assertThat(ReplyRules.check(Platform.FACEBOOK, ReplyChannel.DIRECT, "Hallo", old, NOW))
                    .singleElement().satisfies(p -> {
                        assertThat(p.code()).isEqualTo(Code.WINDOW_CLOSED);
                        assertThat(p.message()).contains("24 hours", "2026-11-22T10:00:00Z");
                    });
        }

        @Test
        void aCommentHasNoWindow() {
            assertThat(ReplyRules.window(Platform.FACEBOOK, ReplyChannel.PUBLIC, NOW.minus(Duration.ofDays(30)), NOW))
                    .isEmpty();
        }
    }

    @Nested
    class Instagram {
        @Test
        void directMessagesHaveTheSameWindowAndCountBytes() {
            Instant old = NOW.minus(Duration.ofHours(25));
            assertThat(ReplyRules.check(Platform.INSTAGRAM, ReplyChannel.DIRECT, "Hallo", old, NOW))
                    .extracting(ReplyProblem::code).containsExactly(Code.WINDOW_CLOSED);
            assertThat(ReplyRules.count(Platform.INSTAGRAM, ReplyChannel.DIRECT, "ü").used()).isEqualTo(2);
            assertThat(ReplyRules.count(Platform.INSTAGRAM, ReplyChannel.DIRECT, "ü".repeat(501)).over()).isTrue();
        }

        @Test
        void anUnknownStartCountsAsClosed() {
            assertThat(ReplyRules.check(Platform.INSTAGRAM, ReplyChannel.DIRECT, "Hallo", null, NOW))
                    .extracting(ReplyProblem::code).containsExactly(Code.WINDOW_CLOSED);
        }
    }

    @Nested
    class Email {
        @Test
        void hasNoLimit() {
            ReplyLength l = ReplyRules.count(Platform.EMAIL, ReplyChannel.EMAIL, "ä".repeat(100_000));
            assertThat(l.over()).isFalse();
            assertThat(l.limited()).isFalse();
            assertThat(l.words()).isEqualTo("100000 characters");
        }
    }

    @Test
    void aReplyToADirectMessageStaysDirect() {
        assertThat(ReplyRules.channelFor(MessageKind.DIRECT)).isEqualTo(ReplyChannel.DIRECT);
        assertThat(ReplyRules.channelFor(MessageKind.MENTION)).isEqualTo(ReplyChannel.PUBLIC);
        assertThat(ReplyRules.channelFor(MessageKind.EMAIL)).isEqualTo(ReplyChannel.EMAIL);
        var widened = new ReplyRules.Reply(Platform.MASTODON, ReplyChannel.PUBLIC, ReplyChannel.DIRECT, "Hallo",
                null, null, null);
        assertThat(ReplyRules.check(widened, NOW)).extracting(ReplyProblem::code)
                .containsExactly(Code.VISIBILITY_WIDENED);
    }

    @Test
    void aTemplatePlaceholderLeftInTheTextStopsTheSend() {
        assertThat(ReplyRules.check(Platform.BLUESKY, ReplyChannel.PUBLIC,
                "Ihre Meldung hat das Zeichen \u27E6errand.ref fehlt\u27E7.", null, NOW))
                .singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo(Code.TEMPLATE_MARKER);
                    assertThat(p.message()).contains("errand.ref fehlt");
                });
    }

    @Test
    void anEmptyReplyIsRefused() {
        assertThat(ReplyRules.check(Platform.X, ReplyChannel.PUBLIC, "  ", null, NOW))
                .extracting(ReplyProblem::code).containsExactly(Code.EMPTY);
    }

    @Test
    void wordsSayWhatIsLeft() {
        assertThat(ReplyRules.count(Platform.BLUESKY, ReplyChannel.PUBLIC, "Hallo").words())
                .isEqualTo("5 of 300 characters used, 295 left");
    }
}
