package org.switchboard.connect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;

/** Answers of {@code com.atproto.repo.createRecord} and {@code getRecord}. */
final class RepoJson {
    private RepoJson() {}

    record CreatedRecord(String uri, String cid) {}

    record StoredRecord(String uri, String cid, JsonNode value) {}
}
