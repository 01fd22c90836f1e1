package org.salondesk.client;

import java.util.List;

/** What an import file holds, row by row, before anything is written. */
public record ImportPreview(List<ImportRow> rows) {

    public List<ImportRow> goodRows() {
        return rows.stream().filter(ImportRow::good).toList();
    }

    public long problemCount() {
        return rows.stream().filter(row -> !row.good()).count();
    }
}
