package org.switchboard.ui.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.search.SearchHit;
import org.switchboard.service.search.SearchService;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Problem;

/**
 * The search dialog ("/"): the query, and the hits grouped by case (the best hit of each case, best
 * first). Searching runs in the background. UI thread only.
 */
public final class SearchViewModel {
    /** One case found, with the best matching snippet (plain text, matching words between « and »). */
    public record Row(long caseId, String kind, String snippet) {}

    private final SearchService search;
    private final BackgroundRunner runner;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SearchViewModel(SearchService search, BackgroundRunner runner) {
        this.search = search;
        this.runner = runner;
    }

    public StringProperty query() {
        return query;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Empty, "none" (nothing found) or the problem in words. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Runs the query; the rows are replaced when the answer comes. */
    public void run() {
        String q = query.get() == null ? "" : query.get().strip();
        if (q.isEmpty()) {
            rows.clear();
            message.set("");
            return;
        }
        runner.run(() -> grouped(search.search(q, 100)), found -> {
            rows.setAll(found);
            message.set(found.isEmpty() ? "none" : "");
        }, e -> {
            rows.clear();
            message.set(Problem.readable(e));
        });
    }

    static List<Row> grouped(List<SearchHit> hits) {
        Map<Long, Row> best = new LinkedHashMap<>();
        for (SearchHit h : hits) {
            best.putIfAbsent(h.caseId(), new Row(h.caseId(), h.kind().name().toLowerCase(java.util.Locale.ROOT),
                    DisplayText.oneLine(h.snippet())));
        }
        return List.copyOf(best.values());
    }
}
