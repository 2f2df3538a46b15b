package org.rollcall.config;

import org.rollcall.domain.Keyed;
import com.fasterxml.jackson.annotation.JsonValue;

/** The file format of a source. */
public enum SourceFormat implements Keyed {
    XLSX("xlsx"), CSV("csv"), TXT("txt"), HTML("html"), PDF("pdf"), DOCX("docx"), JSON("json");

    private final String key;

    SourceFormat(String key) {
        this.key = key;
    }

    @JsonValue
    @Override
    public String key() {
        return key;
    }
}
