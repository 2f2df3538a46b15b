package org.rollcall.match;

import org.rollcall.domain.Field;
import org.rollcall.normalize.PersonRecord;

/**
 * Which value of a record a comparison reads: a mapped field ({@code field: place}) or one of
 * the sources' attribute columns by its name ({@code attribute: centre}, see the job file's
 * {@code attributes:}). A record whose source does not carry the value reads {@code ""}: missing,
 * no level.
 *
 * @param field the mapped field, or {@code null} for an attribute
 * @param attribute the attribute's name, or {@code null} for a field
 */
public record RecordValue(Field field, String attribute) {

    public RecordValue {
        if ((field == null) == (attribute == null)) {
            throw new IllegalArgumentException("a field or an attribute, not both nor neither: " + field + ", " + attribute);
        }
    }

    /** The value of a mapped field. */
    public static RecordValue of(Field field) {
        return new RecordValue(field, null);
    }

    /** The value of an attribute column. */
    public static RecordValue attribute(String name) {
        return new RecordValue(null, name);
    }

    /** The value as the source wrote it (trimmed), {@code ""} when the record has none. */
    public String text(PersonRecord r) {
        String v = field != null ? r.fields().get(field) : r.attributes().get(attribute);
        return v == null ? "" : v;
    }

    /** The field's key or the attribute's name: what blocking rules and explanations call it. */
    public String key() {
        return field != null ? field.key() : attribute;
    }
}
