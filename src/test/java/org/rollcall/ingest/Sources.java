package org.rollcall.ingest;

import java.util.List;
import java.util.Map;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.Field;
import org.rollcall.domain.IdFormat;
import org.rollcall.config.SourceDefinition;
import org.rollcall.config.SourceFormat;
import org.rollcall.domain.SourceKind;

/** Source definitions for reader tests. */
final class Sources {

    private Sources() {
    }

    static SourceDefinition ngoXlsx(Integer headerRow) {
        return new SourceDefinition("ngo", SourceKind.NGO_LIST, "ngo.xlsx", SourceFormat.XLSX, "Detenidos", headerRow, null, null,
                Map.of(Field.RECORD_REF, "N°", Field.FULL_NAME, "Apellidos y nombres", Field.ID_NUMBER, "Cédula",
                        Field.DETENTION_DATE, "Fecha de detención"),
                List.of("dd/MM/yyyy"), null, Map.of(), Map.of());
    }

    static SourceDefinition ngoCsv() {
        return new SourceDefinition("ngo", SourceKind.NGO_LIST, "ngo.csv", SourceFormat.CSV, null, null, null, null,
                Map.of(Field.RECORD_REF, "Nº", Field.FULL_NAME, "Nombre", Field.ID_NUMBER, "Cédula"),
                List.of("dd/MM/yyyy"), null, Map.of(), Map.of());
    }

    static SourceDefinition courtsCsv(String encoding, String delimiter) {
        return new SourceDefinition("courts", SourceKind.COURT_RULINGS, "courts.csv", SourceFormat.CSV, null, null, delimiter, encoding,
                Map.of(Field.CASE_NUMBER, "Expediente", Field.FULL_NAME, "Imputado", Field.ID_NUMBER, "Cédula", Field.DECISION, "Decisión"),
                List.of("dd/MM/yyyy"), null, Map.of(RulingDecision.GRANTED, List.of("Amnistía otorgada")), Map.of());
    }

    static SourceDefinition communique() {
        return new SourceDefinition("gov", SourceKind.ANNOUNCEMENT, "c.txt", SourceFormat.TXT, null, null, null, null,
                Map.of(), List.of(), null, Map.of(), Map.of());
    }

    /** An announcement whose entries' ID numbers are any document's ({@code id-format: any}). */
    static SourceDefinition communique(IdFormat format) {
        return new SourceDefinition("gov", SourceKind.ANNOUNCEMENT, "c.txt", SourceFormat.TXT, null, null, null, null,
                Map.of(), List.of(), null, Map.of(), Map.of(), null, null, null, null, format);
    }

    /** A person list read from text (a partner's list of names). */
    static SourceDefinition personList() {
        return new SourceDefinition("arresto", SourceKind.PERSON_LIST, "arresto.txt", SourceFormat.TXT, null, null, null, null,
                Map.of(), List.of(), null, Map.of(), Map.of());
    }
}
