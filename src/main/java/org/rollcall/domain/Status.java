package org.rollcall.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** A person's situation as a list states it on its date. */
public enum Status implements Keyed {
    DETAINED("detained"), RELEASED("released"), CONDITIONAL_RELEASE("conditional-release"), HOUSE_ARREST("house-arrest"),
    FREE("free"), UNKNOWN("unknown");

    private final String key;

    Status(String key) {
        this.key = key;
    }

    @JsonValue
    @Override
    public String key() {
        return key;
    }
}
