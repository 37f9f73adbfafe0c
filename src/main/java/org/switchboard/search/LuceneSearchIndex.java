package org.switchboard.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.search.SearchDocument;
import org.switchboard.domain.search.SearchHit;
import org.switchboard.domain.search.SearchIndex;
import org.switchboard.domain.search.SearchQuery;

/**
 * The search index as a Lucene index in the data folder's {@code index/}. A damaged or unreadable index
 * is deleted and started empty (the search service then rebuilds it from the database): it is a cache.
 */
public final class LuceneSearchIndex implements SearchIndex {
    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);
    static final String KEY = "key";
    static final String CASE = "case";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String TEXT = "text";
    static final String PLATFORM = "platform";
    static final String STATUS = "status";
    static final String UNIT = "unit";
    static final String AT = "at";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean rebuilt;
    /**
     * Searches the index's segments in parallel on these threads (and the calling one): a search over millions of
     * documents takes about half the time on two cores. Daemon threads, ended by {@link #close}.
     */
    private final ExecutorService segmentThreads;

    private LuceneSearchIndex(Directory directory, IndexWriter writer, boolean rebuilt) throws IOException {
        this.directory = directory;
        this.writer = writer;
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        AtomicInteger n = new AtomicInteger();
        this.segmentThreads = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "search-segments-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            this.searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    return new IndexSearcher(reader, segmentThreads);
                }
            });
        } catch (IOException | RuntimeException e) {
            segmentThreads.shutdown();
            throw e;
        }
        this.rebuilt = rebuilt;
    }

    /** Opens (or creates) the index in {@code folder}; a damaged one is replaced by an empty one. */
    public static LuceneSearchIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            try {
                if (!currentSchema(folder)) {
                    LOG.info("The search index in {} has an older layout; starting it again from the database", folder);
                    deleteContents(folder);
                    return openWriter(folder, true);
                }
                return openWriter(folder, false);
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                     | java.nio.file.NoSuchFileException | java.io.EOFException e) {
                LOG.warn("The search index in {} is damaged ({}); starting it again from the database", folder,
                        e.getMessage());
                deleteContents(folder);
                return openWriter(folder, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The layout of the documents, saved with every commit: an index written with another layout (before ADR 0022:
     * three analysed fields) finds nothing with today's queries, so it is started again from the database.
     */
    static final String SCHEMA = "2";
    private static final String SCHEMA_KEY = "schema";

    /** True when {@code folder} holds no index yet or one with today's {@link #SCHEMA}. */
    private static boolean currentSchema(Path folder) throws IOException {
        try (Directory dir = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(dir)) {
                return true;
            }
            return SCHEMA.equals(SegmentInfos.readLatestCommit(dir).getUserData().get(SCHEMA_KEY));
        }
    }

    private static LuceneSearchIndex openWriter(Path folder, boolean rebuilt) throws IOException {
        Directory dir = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(32);
        // Stored texts (for snippets) compressed with DEFLATE instead of LZ4: the index stays under 1.5 times the
        // text (1.53 before at 2,000,000 messages); reading 50 stored hits costs well under a millisecond more.
        config.setCodec(new org.apache.lucene.codecs.lucene103.Lucene103Codec(
                org.apache.lucene.codecs.lucene103.Lucene103Codec.Mode.BEST_COMPRESSION));
        try {
            IndexWriter writer = new IndexWriter(dir, config);
            writer.setLiveCommitData(java.util.Map.of(SCHEMA_KEY, SCHEMA).entrySet());
            // touch the segments so damage shows now, not at the first search
            writer.getDocStats();
            return new LuceneSearchIndex(dir, writer, rebuilt);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** True when the index had to be started empty because the old one was damaged. */
    public boolean startedEmptyAfterDamage() {
        return rebuilt;
    }

    /**
     * Replaces every document of a case. Synchronized with {@link #upsert} and {@link #clear}: a case's delete and
     * add must not interleave with another thread's upsert of one of its messages, or that message would be in
     * the index twice (and found twice).
     */
    @Override
    public synchronized void replaceCase(long caseId, List<SearchDocument> documents) {
        try {
            writer.deleteDocuments(LongPoint.newExactQuery(CASE, caseId));
            List<Document> docs = new ArrayList<>(documents.size());
            for (SearchDocument d : documents) {
                docs.add(toLucene(d));
            }
            writer.addDocuments(docs);
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be written: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void upsert(List<SearchDocument> documents) {
        try {
            for (SearchDocument d : documents) {
                writer.updateDocument(new Term(KEY, keyOf(d)), toLucene(d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be written: " + e.getMessage(), e);
        }
    }

    private static String keyOf(SearchDocument d) {
        return d.key() + "@" + d.caseId();
    }

    private static Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(KEY, keyOf(d), Field.Store.NO));
        doc.add(new LongPoint(CASE, d.caseId()));
        doc.add(new StoredField(CASE, d.caseId()));
        doc.add(new StringField(KIND, d.kind().name(), Field.Store.YES));
        doc.add(new StoredField(ID, d.id()));
        String text = d.text().length() > 200_000 ? d.text().substring(0, 200_000) : d.text();
        doc.add(new StoredField(TEXT, text));
        doc.add(new TextField(Analyzers.WORDS, text, Field.Store.NO));
        if (d.platform() != null) {
            doc.add(new StringField(PLATFORM, d.platform().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (d.status() != null) {
            doc.add(new StringField(STATUS, d.status().toUpperCase(Locale.ROOT), Field.Store.NO));
        }
        if (d.from() != null) {
            doc.add(new TextField(Analyzers.FROM, d.from(), Field.Store.NO));
        }
        if (d.unit() != null) {
            doc.add(new StringField(UNIT, d.unit().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        doc.add(new LongPoint(AT, d.at().toEpochMilli()));
        return doc;
    }

    /**
     * Makes new documents searchable at once (near-real-time, from memory) and saves them to disk at most
     * every {@link #COMMIT_EVERY_NANOS}: a commit forces the disk and would cap indexing at a few hundred
     * changes a second. A crash loses at most those seconds of the cache; {@code search --reindex} rebuilds.
     */
    @Override
    public void refresh() {
        try {
            searchers.maybeRefresh();
            long now = System.nanoTime();
            if (now - lastCommit > COMMIT_EVERY_NANOS) {
                writer.commit();
                lastCommit = now;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be saved: " + e.getMessage(), e);
        }
    }

    static final long COMMIT_EVERY_NANOS = 5_000_000_000L;
    private volatile long lastCommit = System.nanoTime();

    @Override
    public List<SearchHit> search(SearchQuery q) {
        Query query = QueryBuilder.build(q);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query, q.limit());
                Snippets snippets = new Snippets(QueryBuilder.wordsQuery(q));
                List<SearchHit> hits = new ArrayList<>();
                var stored = searcher.storedFields();
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = stored.document(sd.doc);
                    hits.add(new SearchHit(d.getField(CASE).numericValue().longValue(),
                            SearchDocument.Kind.valueOf(d.get(KIND)), d.getField(ID).numericValue().longValue(),
                            sd.score, snippets.of(d.get(TEXT))));
                }
                hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void clear() {
        try {
            writer.deleteAll();
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long documentCount() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public void close() {
        if (!writer.isOpen()) {
            return; // closing twice is harmless
        }
        try {
            searchers.close();
            segmentThreads.shutdown();
            writer.commit();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warn("Closing the search index failed", e);
        }
    }

    private static void deleteContents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    static Term term(String field, String value) {
        return new Term(field, value);
    }
}
