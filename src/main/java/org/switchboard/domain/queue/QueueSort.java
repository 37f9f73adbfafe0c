package org.switchboard.domain.queue;

/** The orders the queue offers. Each is backed by an index, so every page is a keyset query. */
public enum QueueSort {
    /** Longest waiting first (default): the contact who has waited longest is on top. */
    WAITING,
    /** Latest activity first. */
    NEWEST,
    /** Urgent first, then longest waiting. */
    PRIORITY
}
