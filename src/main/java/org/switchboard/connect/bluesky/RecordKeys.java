package org.switchboard.connect.bluesky;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Deterministic record keys, so a reply is created at most once. {@code createRecord} accepts our own
 * {@code rkey}, and a repository holds one record per key: a retry after a lost answer cannot make a
 * second post, and {@code getRecord} finds the first one.
 *
 * <p>Why a TID and not the idempotency key itself: {@code app.bsky.feed.post} declares key type
 * {@code tid}. The reference PDS only checks the general record-key syntax (its code carries a TODO to
 * enforce the lexicon's key type), so it stores a post under any valid key — but the Bluesky AppView
 * does not index posts whose key is not a TID: they never show in threads or notifications. So the
 * key is a syntactically valid TID (13 characters, base32-sortable, top bit 0, 53 bits of
 * microseconds, 10 bits of clock id) whose bits come from the idempotency key.
 *
 * <p>The timestamp part: when the idempotency key is a UUIDv7 it carries the moment the reply was
 * released, and that moment is used (the TID then sorts where a normal one would). Otherwise the
 * timestamp comes from the key's hash, below 2^50 µs (before 2006) so it is never in the future.
 */
final class RecordKeys {
    private static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
    static final Pattern TID = Pattern.compile("[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}");
    private static final long MAX_MICROS = (1L << 53) - 1;

    private RecordKeys() {}

    static String forReply(String idempotencyKey) {
        long hash = hash(idempotencyKey);
        OptionalLong released = uuidV7Millis(idempotencyKey);
        long micros = released.isPresent()
                ? released.getAsLong() * 1000 + Math.floorMod(hash >>> 20, 1000L)
                : (hash >>> 14) & ((1L << 50) - 1);
        long clockId = hash & 0x3FF;
        return encode(((micros & MAX_MICROS) << 10) | clockId);
    }

    static String encode(long value) {
        char[] out = new char[13];
        long v = value;
        for (int i = 12; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (v & 31));
            v >>>= 5;
        }
        return new String(out);
    }

    /** The Unix milliseconds of a version-7 UUID, else empty. */
    static OptionalLong uuidV7Millis(String key) {
        String k = key.strip();
        if (k.length() != 36) {
            return OptionalLong.empty();
        }
        try {
            UUID u = UUID.fromString(k);
            return u.version() == 7 ? OptionalLong.of(u.getMostSignificantBits() >>> 16) : OptionalLong.empty();
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }

    private static long hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
