package org.rollcall.config;

import org.rollcall.domain.Keyed;
import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The file format of a source. {@code xlsx} reads whatever spreadsheet the file's content says it
 * is — .xlsx, .xlsm, an old .xls, a LibreOffice .ods — and takes those names too.
 */
public enum SourceFormat implements Keyed {
    @JsonProperty("xlsx") @JsonAlias({"xls", "xlsm", "ods"}) XLSX("xlsx"),
    @JsonProperty("csv") CSV("csv"),
    @JsonProperty("txt") TXT("txt"),
    @JsonProperty("html") HTML("html"),
    @JsonProperty("pdf") PDF("pdf"),
    @JsonProperty("docx") DOCX("docx"),
    @JsonProperty("json") JSON("json");

    private final String key;

    SourceFormat(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
