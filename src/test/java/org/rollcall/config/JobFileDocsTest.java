package org.rollcall.config;

import java.util.HashSet;
import java.util.regex.Pattern;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.Field;
import org.rollcall.domain.IdFormat;
import org.rollcall.domain.Keyed;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.SourceKind;
import org.rollcall.domain.Status;

/**
 * docs/job-file.md documents every key the loader accepts: the keys are found by walking the job
 * file's records as the loader binds them, so a key added to a record without a line in the docs
 * fails here.
 */
class JobFileDocsTest {

    private static final Path DOC = Path.of("docs/job-file.md");

    /** Every key path the loader binds, e.g. "sources.two-digit-year-base". */
    static Set<String> keys(Class<?> type, String prefix, Set<String> out) throws NoSuchFieldException {
        return keys(type, prefix, out, new HashSet<>());
    }

    /** A record that holds itself (a condition of conditions) is walked once: its keys are the same at every depth. */
    private static Set<String> keys(Class<?> type, String prefix, Set<String> out, Set<Class<?>> walking) throws NoSuchFieldException {
        if (!walking.add(type)) {
            return out;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            java.lang.reflect.Field field = type.getDeclaredField(c.getName());
            if (field.isAnnotationPresent(JsonIgnore.class)) {
                continue;
            }
            JsonProperty named = field.getAnnotation(JsonProperty.class);
            String key = named != null && !named.value().isEmpty() ? named.value() : c.getName();
            out.add(prefix + key);
            Class<?> nested = recordIn(c.getGenericType());
            if (nested != null) {
                keys(nested, prefix + key + ".", out, walking);
            }
        }
        walking.remove(type);
        return out;
    }

    private static Class<?> recordIn(Type t) {
        if (t instanceof Class<?> c) {
            return c.isRecord() ? c : null;
        }
        if (t instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                Class<?> r = recordIn(arg);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    @Test
    void everyKeyTheLoaderAcceptsIsDocumented() throws Exception {
        String doc = Files.readString(DOC);
        List<String> missing = new ArrayList<>();
        for (String path : keys(JobDefinition.class, "", new TreeSet<>())) {
            String key = path.substring(path.lastIndexOf('.') + 1);
            if (!doc.matches("(?s).*(^|[\\s{,\\-])" + Pattern.quote(key) + ":.*")) {
                missing.add(path);
            }
        }
        assertThat(missing).as("keys the loader accepts with no 'key:' line in " + DOC).isEmpty();
    }

    @Test
    void everyValueOfTheJobFilesVocabulariesIsDocumented() throws Exception {
        String doc = Files.readString(DOC);
        List<String> missing = new ArrayList<>();
        for (Keyed[] values : List.<Keyed[]>of(Field.values(), SourceKind.values(), SourceFormat.values(), RulingDecision.values(),
                Status.values(), IdFormat.values())) {
            for (Keyed v : values) {
                if (!doc.matches("(?s).*\\b" + Pattern.quote(v.key()) + "\\b.*")) {
                    missing.add(v.getClass().getSimpleName() + " " + v.key());
                }
            }
        }
        assertThat(missing).as("values with no mention in " + DOC).isEmpty();
    }

    @Test
    void theKeyWalkFindsNestedKeys() throws Exception {
        assertThat(keys(JobDefinition.class, "", new TreeSet<>())).contains("sources.columns", "sources.two-digit-year-base",
                "matching.constraints.different-ids", "report.language", "reconcile.exclusions.offences", "reviews");
    }
}
