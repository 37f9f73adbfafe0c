package org.switchboard.connect.facebook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.connect.facebook.GraphDtos.Comment;
import org.switchboard.connect.facebook.GraphDtos.Message;
import org.switchboard.connect.facebook.GraphDtos.MessageAttachment;
import org.switchboard.connect.facebook.GraphDtos.Post;
import org.switchboard.connect.facebook.GraphDtos.Profile;
import org.switchboard.connect.facebook.GraphDtos.StoryAttachment;
import org.switchboard.domain.Attachment;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.sync.Author;
import org.switchboard.domain.sync.InboundItem;

/**
 * Graph objects to our messages. Graph sends plain text (it does not HTML-escape), so a message is
 * kept literally: {@code <Ironie>} stays {@code <Ironie>}. The page's own posts, comments and
 * Messenger answers are recognised by the page id and marked {@code fromOrganisation}.
 *
 * <p>Reply context keys: {@code objectId} (this item), {@code kind} ({@code post}, {@code comment},
 * {@code message}), {@code postId}; {@code replyTo} where a public answer goes (Facebook threads only
 * two levels deep, so an answer to a reply goes into its top-level comment's thread); for Messenger
 * {@code conversationId}, {@code psid} (the customer's page-scoped id) and {@code lastCustomerMessageAt}
 * (ISO-8601 UTC, for the 24-hour window).
 */
final class FacebookMapper {
    /**
     * Shown for an author Graph withholds (a private profile, or a token without the page's rights).
     * The handle is made from the item id because nothing tells two such authors apart: each stays its
     * own contact rather than many strangers merging into one.
     */
    static final String UNKNOWN_AUTHOR = "Facebook user";
    static final String UNKNOWN_HANDLE_PREFIX = "facebook-user:";
    private static final int MAX_URL = 4000;

    private final String pageId;

    FacebookMapper(String pageId) {
        this.pageId = pageId;
    }

    boolean isPage(Profile from) {
        return from != null && pageId.equals(from.id());
    }

    InboundItem post(Post post) {
        Instant created = GraphTime.parse(post.createdTime(), "a post");
        Map<String, String> context = Map.of("objectId", post.id(), "kind", "post", "postId", post.id(),
                "replyTo", post.id());
        List<Attachment> files = new ArrayList<>();
        if (post.attachments() != null && post.attachments().data() != null) {
            post.attachments().data().forEach(a -> addStory(files, a));
        }
        return new InboundItem(post.id(), MessageKind.POST, isPage(post.from()), author(post.from(), post.id()),
                text(post.message()), null, created, null, List.of(), post.permalinkUrl(), null, post.id(), files,
                context);
    }

    /** A comment read from {@code postId}'s comments: the post is the thread, the parent the answered item. */
    InboundItem comment(Comment comment, String postId) {
        Instant created = GraphTime.parse(comment.createdTime(), "a comment");
        String parent = comment.parent() == null ? null : blankToNull(comment.parent().id());
        Map<String, String> context = Map.of("objectId", comment.id(), "kind", "comment", "postId", postId,
                "replyTo", parent != null ? parent : comment.id());
        List<Attachment> files = new ArrayList<>();
        addStory(files, comment.attachment());
        return new InboundItem(comment.id(), MessageKind.COMMENT, isPage(comment.from()),
                author(comment.from(), comment.id()), text(comment.message()), null, created, null, List.of(),
                comment.permalinkUrl(), parent != null ? parent : postId, postId, files, context);
    }

    /** A Messenger message; {@code psid} is the customer of the conversation, whoever wrote this one. */
    InboundItem message(Message message, String conversationId, String psid, Instant lastCustomerMessage) {
        Instant created = GraphTime.parse(message.createdTime(), "a Messenger message");
        Map<String, String> context = new HashMap<>();
        context.put("objectId", message.id());
        context.put("kind", "message");
        context.put("conversationId", conversationId);
        if (psid != null) {
            context.put("psid", psid);
        }
        if (lastCustomerMessage != null) {
            context.put("lastCustomerMessageAt", lastCustomerMessage.toString());
        }
        List<Attachment> files = new ArrayList<>();
        if (message.attachments() != null && message.attachments().data() != null) {
            message.attachments().data().forEach(a -> addMessageFile(files, a));
        }
        return new InboundItem(message.id(), MessageKind.DIRECT, isPage(message.from()),
                author(message.from(), message.id()), text(message.message()), null, created, null, List.of(),
                null, null, conversationId, files, context);
    }

    private static Author author(Profile from, String itemId) {
        if (from == null || blankToNull(from.id()) == null) {
            return new Author(UNKNOWN_HANDLE_PREFIX + itemId, UNKNOWN_AUTHOR, null);
        }
        // Page-scoped ids have no public profile address, so none is invented.
        return new Author(from.id(), from.name(), null);
    }

    /** Graph's text as written; only Windows line ends are unified. */
    private static String text(String message) {
        return message == null ? "" : message.replace("\r\n", "\n");
    }

    /** A post's album keeps its photos in subattachments; a single photo's picture is {@code media.image.src}. */
    private static void addStory(List<Attachment> files, StoryAttachment a) {
        if (a == null) {
            return;
        }
        if (a.subattachments() != null && a.subattachments().data() != null
                && !a.subattachments().data().isEmpty()) {
            a.subattachments().data().forEach(sub -> addStory(files, sub));
            return;
        }
        String src = a.media() != null && a.media().image() != null ? a.media().image().src() : null;
        add(files, storyType(a.type()), src != null ? src : a.url(), a.title());
    }

    private static void addMessageFile(List<Attachment> files, MessageAttachment a) {
        if (a.imageData() != null) {
            add(files, "photo", a.imageData().url(), a.name());
        } else if (a.videoData() != null) {
            add(files, "video", a.videoData().url(), a.name());
        } else {
            add(files, "file", a.fileUrl(), a.name());
        }
    }

    private static String storyType(String type) {
        if (type == null) {
            return "file";
        }
        if (type.startsWith("photo") || type.equals("album") || type.equals("sticker")) {
            return "photo";
        }
        if (type.startsWith("video") || type.equals("animated_image_video")) {
            return "video";
        }
        return type.equals("share") ? "link" : type;
    }

    /** Attachments are only recorded; one without an address, or with an absurd one, is left out. */
    private static void add(List<Attachment> files, String type, String url, String name) {
        if (url != null && !url.isBlank() && url.length() <= MAX_URL) {
            files.add(new Attachment(type, url, name));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
