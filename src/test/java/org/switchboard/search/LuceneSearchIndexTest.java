package org.switchboard.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.search.SearchDocument;
import org.switchboard.domain.search.SearchHit;
import org.switchboard.domain.search.SearchQuery;

/** One field with each word's plain, German and English forms finds what the three fields found (ADR 0022). */
class LuceneSearchIndexTest {
    @TempDir
    Path dir;

    private static SearchDocument message(long id, String text) {
        return new SearchDocument(SearchDocument.Kind.MESSAGE, id, id, text, "facebook", "NEW", "Jonas", null,
                Instant.parse("2026-11-01T10:00:00Z"));
    }

    private static List<Long> ids(LuceneSearchIndex index, String query) {
        return index.search(SearchQuery.parse(query, 50)).stream().map(SearchHit::id).sorted().toList();
    }

    @Test
    void aWordIsFoundByItsPlainGermanAndEnglishFormsAPrefixAndAPhrase() {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            index.upsert(List.of(message(1, "Am Rosengarten sind die Bänke kaputt"),
                    message(2, "The benches at the Café are broken"),
                    message(3, "Dort steht eine riesige Pfütze an der Laterne"),
                    message(4, "Die Straße ist gesperrt")));
            index.refresh();
            assertThat(ids(index, "Bank")).containsExactly(1L);
            assertThat(ids(index, "bench")).containsExactly(2L);
            assertThat(ids(index, "cafe")).containsExactly(2L);
            assertThat(ids(index, "Strasse")).containsExactly(4L);
            assertThat(ids(index, "Later*")).containsExactly(3L);
            assertThat(ids(index, "\"riesige Pfütze\"")).containsExactly(3L);
            assertThat(ids(index, "\"Pfütze riesige\"")).isEmpty();
            assertThat(ids(index, "\"riesigen Pfützen\"")).as("a phrase matches inflected forms").containsExactly(3L);
            assertThat(ids(index, "riesige Bank")).as("every word must match").isEmpty();
            assertThat(index.search(SearchQuery.parse("Bänke", 50)).getFirst().snippet())
                    .isEqualTo("Am Rosengarten sind die «Bänke» kaputt");
        }
    }

    @Test
    void aShortMessageWithTheWordComesBeforeALongLetterThatMentionsItOnce() {
        // One field with stacked forms keeps its length norms (ADR 0022): a field indexed without them would rank
        // a two-line complaint and a long letter alike. (An exact form does not outrank an inflected one: "Bank"
        // and "Bänke" score the same, as the forms are one term to the scorer; see the issue notes.)
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            index.upsert(List.of(message(1, "Guten Tag, ich schreibe Ihnen heute, weil mir auf dem Weg zur Arbeit, den "
                            + "ich jeden Morgen mit dem Fahrrad durch den Park nehme, aufgefallen ist, dass die Bank am "
                            + "Spielplatz neben dem Teich schon seit mehreren Wochen beschädigt ist und niemand sie "
                            + "repariert, obwohl dort täglich viele Familien mit kleinen Kindern unterwegs sind."),
                    message(2, "Die Bank am Rosengarten ist kaputt"),
                    message(3, "Am Teich ist die Bank beschädigt, bitte schnell reparieren, Kinder spielen dort")));
            index.refresh();
            List<Long> ranked = index.search(SearchQuery.parse("Bank", 50)).stream().map(SearchHit::id).toList();
            assertThat(ranked).containsExactly(2L, 3L, 1L);
        }
    }

    @Test
    void anIndexWithTheOlderLayoutIsStartedAgainSoTheDatabaseRebuildsIt() throws Exception {
        try (var d = FSDirectory.open(dir); var w = new IndexWriter(d, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new TextField(Analyzers.DE, "die Bank ist kaputt", Field.Store.NO));
            w.addDocument(doc);
            w.commit(); // no layout recorded: written before ADR 0022
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            assertThat(index.startedEmptyAfterDamage()).isTrue();
            assertThat(index.documentCount()).isZero();
            index.upsert(List.of(message(1, "die Bank ist kaputt")));
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            assertThat(index.startedEmptyAfterDamage()).isFalse();
            assertThat(index.documentCount()).isEqualTo(1);
            assertThat(ids(index, "Bank")).containsExactly(1L);
        }
    }
}
