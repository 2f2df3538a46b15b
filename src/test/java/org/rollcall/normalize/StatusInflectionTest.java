package org.rollcall.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.config.SourceDefinition;
import org.rollcall.config.SourceFormat;
import org.rollcall.domain.Field;
import org.rollcall.domain.SourceKind;
import org.rollcall.domain.Status;
import org.rollcall.ingest.SourceRecord;
import org.rollcall.text.Inflection;

/** A status mapped in one gender and number reads in the others; one mapped in none is warned about with its count. */
class StatusInflectionTest {

    private static final Map<Status, List<String>> STATUSES = Map.of(Status.DETAINED, List.of("Privado de libertad"),
            Status.RELEASED, List.of("Excarcelado"), Status.HOUSE_ARREST, List.of("Casa por cárcel"));

    private static RecordNormalizer normalizer(Map<Status, List<String>> statuses) {
        Map<Field, String> columns = new EnumMap<>(Field.class);
        columns.put(Field.FULL_NAME, "Nombre");
        columns.put(Field.STATUS, "Situación");
        return new RecordNormalizer(new SourceDefinition("ong", SourceKind.NGO_LIST, "ong.csv", SourceFormat.CSV, null, null, null, null,
                columns, List.of(), null, Map.of(), statuses));
    }

    private static PersonRecord read(RecordNormalizer n, int row, String status) {
        return n.normalize(new SourceRecord("ong", SourceKind.NGO_LIST, row, "ong.csv", null, row + 1, String.valueOf(row),
                Map.of(Field.FULL_NAME, "Persona " + row, Field.STATUS, status)));
    }

    @Test
    void feminineAndPluralFormsOfAMappedStatusReadAsIt() {
        RecordNormalizer n = normalizer(STATUSES);
        assertThat(List.of("Excarcelada", "EXCARCELADOS", "excarceladas", "Privada de libertad", "Privados de Libertad", "casa por carcel"))
                .extracting(s -> read(n, 1, s).detention().status())
                .containsExactly(Status.RELEASED, Status.RELEASED, Status.RELEASED, Status.DETAINED, Status.DETAINED, Status.HOUSE_ARREST);
        assertThat(read(n, 2, "Excarcelada").problems()).isEmpty();
        assertThat(n.warnings()).isEmpty();
    }

    @Test
    void aFormTwoStatusesShareIsNeithersAndTheExactTextStillWins() {
        RecordNormalizer n = normalizer(Map.of(Status.DETAINED, List.of("Detenido"), Status.RELEASED, List.of("Detenida")));
        assertThat(read(n, 1, "Detenido").detention().status()).isEqualTo(Status.DETAINED);
        assertThat(read(n, 2, "Detenida").detention().status()).isEqualTo(Status.RELEASED);
        assertThat(read(n, 3, "Detenidos").detention().status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void unmappedStatusesAreOneWarningWithTheirCounts() {
        RecordNormalizer n = normalizer(STATUSES);
        read(n, 1, "Trasladado");
        read(n, 2, "Trasladado");
        read(n, 3, "Fallecido");
        read(n, 4, "Excarcelado");
        assertThat(n.warnings()).singleElement().asString()
                .contains("ong: 3 status values", "'Trasladado' (2)", "'Fallecido' (1)", "statuses").doesNotContain("Persona");
    }

    @Test
    void inflectionFoldsOnlyTheFinalOAOsAsOfEachWord() {
        assertThat(Inflection.fold("Privadas de la Libertad")).isEqualTo(Inflection.fold("privado de la libertad"));
        assertThat(Inflection.fold("Régimen de presentación")).isEqualTo("regimen de presentacion");
        assertThat(Inflection.fold("los")).isEqualTo("los");
    }
}
