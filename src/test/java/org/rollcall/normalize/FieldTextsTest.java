package org.rollcall.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.Field;

class FieldTextsTest {

    @Test
    void holdsTheSameEntriesAsTheMapItWasMadeFrom() {
        // given a record's fields in any order
        Map<Field, String> written = new LinkedHashMap<>();
        written.put(Field.PLACE, "Tocorón");
        written.put(Field.FULL_NAME, "PÉREZ GONZÁLEZ, JOSÉ");
        written.put(Field.ID_NUMBER, "V-12.345.678");

        // when made compact
        Map<Field, String> compact = FieldTexts.of(written);

        // then it is equal to it, both ways, and answers each lookup as it would
        assertThat(compact).isEqualTo(written).hasSameHashCodeAs(written).hasSize(3);
        assertThat(written).isEqualTo(compact);
        assertThat(compact.get(Field.PLACE)).isEqualTo("Tocorón");
        assertThat(compact.get(Field.OFFENCE)).isNull();
        assertThat(compact.get("place")).isNull();
        assertThat(compact.getOrDefault(Field.OFFENCE, "")).isEmpty();
        assertThat(compact.getOrDefault(Field.ID_NUMBER, "")).isEqualTo("V-12.345.678");
        assertThat(compact.containsKey(Field.FULL_NAME)).isTrue();
        assertThat(compact.containsKey(Field.BIRTH_DATE)).isFalse();
        assertThat(compact.keySet()).containsExactly(Field.FULL_NAME, Field.ID_NUMBER, Field.PLACE);
    }

    @Test
    void recordsWithTheSameFieldsShareOneLayoutAndKeepTheirOwnTexts() {
        // given two records of one source
        Map<Field, String> first = new EnumMap<>(Map.of(Field.FULL_NAME, "Ana Díaz", Field.PLACE, "Caracas"));
        Map<Field, String> second = new HashMap<>(Map.of(Field.PLACE, "Mérida", Field.FULL_NAME, "Luis Mora"));

        // when both are made compact
        Map<Field, String> a = FieldTexts.of(first);
        Map<Field, String> b = FieldTexts.of(second);

        // then each keeps its texts
        assertThat(a).containsEntry(Field.PLACE, "Caracas").containsEntry(Field.FULL_NAME, "Ana Díaz");
        assertThat(b).containsEntry(Field.PLACE, "Mérida").containsEntry(Field.FULL_NAME, "Luis Mora");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void isUnmodifiableAndRefusesNulls() {
        Map<Field, String> compact = FieldTexts.of(Map.of(Field.COURT, "Tribunal 1°"));
        assertThatThrownBy(() -> compact.put(Field.COURT, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> compact.entrySet().iterator().next().setValue("x")).isInstanceOf(UnsupportedOperationException.class);
        Map<Field, String> withNull = new HashMap<>();
        withNull.put(Field.COURT, null);
        assertThatThrownBy(() -> FieldTexts.of(withNull)).isInstanceOf(NullPointerException.class);
        assertThat(FieldTexts.of(Map.of())).isEmpty();
    }
}
