package org.rollcall.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which ID numbers a source's ID column (or an announcement's entries) holds, the job file's
 * {@code id-format} of a source. A Venezuelan cédula is read alike under both.
 */
public enum IdFormat implements Keyed {
    /** Cédulas only ({@code V-}/{@code E-} and 6 to 8 digits); any other value is a field problem and taken as absent. */
    VENEZUELAN("venezuelan"),
    /**
     * Cédulas, and any other identity document number (a Nicaraguan cédula "001-230481-4373B", a
     * Honduran identidad "0801-1990-12345", a passport "C01234567"): kept as a document number,
     * compared by its characters without separators.
     */
    ANY("any");

    private final String key;

    IdFormat(String key) {
        this.key = key;
    }

    @JsonValue
    @Override
    public String key() {
        return key;
    }
}
