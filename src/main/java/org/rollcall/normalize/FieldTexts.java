package org.rollcall.normalize;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rollcall.domain.Field;

/**
 * A record's fields as written: an unmodifiable map from {@link Field} to text, in the fields' declaration order, that
 * holds only the texts. Which fields a record has is a layout shared by every record with the same fields (a source's
 * records all have its mapped columns), so a record's map is the texts' array and a reference to its layout: about 70
 * bytes for seven fields where {@link Map#copyOf} takes 150 (a million records hold a million of them).
 *
 * <p>Like {@link Map#copyOf}, it holds no null key or value.
 */
final class FieldTexts extends AbstractMap<Field, String> {

    private static final Field[] FIELDS = Field.values();
    private static final Map<Long, Layout> LAYOUTS = new ConcurrentHashMap<>();
    private static final FieldTexts EMPTY = new FieldTexts(layout(0L), new String[0]);

    /** The fields present (in declaration order) and each field's place among them ({@code -1} when absent). */
    private record Layout(Field[] fields, int[] place) {
    }

    private final Layout layout;
    private final String[] texts;

    private FieldTexts(Layout layout, String[] texts) {
        this.layout = layout;
        this.texts = texts;
    }

    /**
     * The map's entries in this compact form; the same map when it already is one.
     *
     * @throws NullPointerException when a key or a value is null
     */
    static Map<Field, String> of(Map<Field, String> fields) {
        if (fields instanceof FieldTexts) {
            return fields;
        }
        if (fields.isEmpty()) {
            return EMPTY;
        }
        long mask = 0;
        for (Map.Entry<Field, String> e : fields.entrySet()) {
            mask |= 1L << Objects.requireNonNull(e.getKey(), "field").ordinal();
            Objects.requireNonNull(e.getValue(), "text");
        }
        Layout layout = layout(mask);
        String[] texts = new String[layout.fields().length];
        for (Map.Entry<Field, String> e : fields.entrySet()) {
            texts[layout.place()[e.getKey().ordinal()]] = e.getValue();
        }
        return new FieldTexts(layout, texts);
    }

    private static Layout layout(long mask) {
        return LAYOUTS.computeIfAbsent(mask, m -> {
            Field[] present = new Field[Long.bitCount(m)];
            int[] place = new int[FIELDS.length];
            int n = 0;
            for (Field f : FIELDS) {
                if ((m & (1L << f.ordinal())) != 0) {
                    place[f.ordinal()] = n;
                    present[n++] = f;
                } else {
                    place[f.ordinal()] = -1;
                }
            }
            return new Layout(present, place);
        });
    }

    private int placeOf(Object key) {
        return key instanceof Field ? layout.place()[((Field) key).ordinal()] : -1;
    }

    @Override
    public String get(Object key) {
        int at = placeOf(key);
        return at < 0 ? null : texts[at];
    }

    @Override
    public String getOrDefault(Object key, String otherwise) {
        int at = placeOf(key);
        return at < 0 ? otherwise : texts[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return placeOf(key) >= 0;
    }

    @Override
    public int size() {
        return texts.length;
    }

    @Override
    public Set<Map.Entry<Field, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<Field, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < texts.length;
                    }

                    @Override
                    public Map.Entry<Field, String> next() {
                        if (next >= texts.length) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new SimpleImmutableEntry<>(layout.fields()[at], texts[at]);
                    }
                };
            }

            @Override
            public int size() {
                return texts.length;
            }
        };
    }
}
