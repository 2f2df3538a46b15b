package org.rollcall.config;

import org.rollcall.job.JobFiles;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.SourceKind;
import org.rollcall.domain.Field;
import org.rollcall.domain.IdFormat;
import org.rollcall.domain.Problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.ingest.SourceCheck;

class JobDefinitionLoaderTest {

    @TempDir
    Path dir;

    private static final String VALID = """
            name: nightly
            schedule: "0 0 2 * * *"
            sources:
              - id: courts
                kind: court-rulings
                path: courts/*.csv
                format: csv
                columns:
                  full-name: Imputado
                  id-number: Cédula
                  decision: Decisión
                decisions:
                  granted: ["Amnistía otorgada"]
            matching:
              match-threshold: 0.9
              review-threshold: 0.5
            """;

    @Test
    void aSpreadsheetSourceMayNameItsFormatXlsOdsOrXlsm() throws Exception {
        for (String format : List.of("xls", "ods", "xlsm", "xlsx")) {
            JobDefinition job = load(VALID.replace("format: csv", "format: " + format));

            assertThat(job.sources().get(0).format()).as(format).isEqualTo(SourceFormat.XLSX);
        }
    }

    @Test
    void aListsDateIsTheFixedSnapshotDateElseTheDateInEachFilesName() throws Exception {
        JobDefinition named = load(VALID);
        assertThat(named.sources().get(0).snapshotDate("decisiones-2026-11-22.csv")).isEqualTo(LocalDate.parse("2026-11-22"));
        assertThat(named.sources().get(0).snapshotDate("decisiones.csv")).isNull();
        JobDefinition fixed = load(VALID.replace("    format: csv", "    format: csv\n    snapshot-date: 2026-11-14"));
        assertThat(fixed.sources().get(0).snapshotDate("decisiones-2026-11-22.csv")).isEqualTo(LocalDate.parse("2026-11-14"));
        assertThat(SourceDefinition.dateInName("detenidos-2026-11-22.ods")).isEqualTo(LocalDate.parse("2026-11-22"));
    }

    private Path job(String yaml) throws Exception {
        Path file = dir.resolve("job.yaml");
        Files.writeString(file, yaml);
        Files.createDirectories(dir.resolve("courts"));
        Files.writeString(dir.resolve("courts/a.csv"), "Expediente,Imputado,Cédula,Decisión\nAP-1,\"Pérez, José\",V-12345678,Amnistía otorgada\n");
        return file;
    }

    private JobDefinition load(String yaml) throws Exception {
        return JobFiles.load(job(yaml), dir);
    }

    @Test
    void aDateFormatWithoutADayIsRefusedSayingWhyAndWhatBecomesOfSuchValues() {
        // given a job whose date-formats hold a month-and-year format (the trial of 2026-11-25 found it accepted, then reading nothing)
        String job = VALID.replace("    decisions:", "    date-formats: [\"dd/MM/yy\", \"MMMM yyyy\"]\n"
                + "    two-digit-year-base: 1940\n    decisions:");
        assertThatThrownBy(() -> load(job)).isInstanceOfSatisfying(JobDefinitionException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.location()).isEqualTo("sources[0] (courts).date-formats");
                    assertThat(p.message()).contains("'MMMM yyyy' has no day", "remove it", "field-problems");
                }));
    }

    @Test
    void validJobLoadsWithItsDefaultsAndPassesTheFileChecks() throws Exception {
        JobDefinition def = load(VALID);
        assertThat(def.name()).isEqualTo("nightly");
        assertThat(def.sources().get(0).kind()).isEqualTo(SourceKind.COURT_RULINGS);
        assertThat(def.sources().get(0).columns()).containsEntry(Field.ID_NUMBER, "Cédula");
        assertThat(def.sources().get(0).decisions()).containsKey(RulingDecision.GRANTED);
        assertThat(def.matching().maxBlockSize()).isEqualTo(400);
        assertThat(def.outputRoot()).isEqualTo(dir.resolve("output"));
        SourceCheck.check(def);
    }

    @Test
    void aListsSheetShowsAHundredThousandRowsUnlessTheJobSaysOtherwiseWithinExcelsLimit() throws Exception {
        assertThat(load(VALID).report().sheetRows()).isEqualTo(100_000);
        assertThat(load(VALID + "report:\n  sheet-rows: 1048575\n").report().sheetRows()).isEqualTo(1_048_575);
        assertThatThrownBy(() -> load(VALID + "report:\n  sheet-rows: 1048576\n")).isInstanceOfSatisfying(JobDefinitionException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.location()).isEqualTo("report.sheet-rows");
                    assertThat(p.fix()).contains("1 to 1048575").contains("lists/*.csv");
                }));
        assertThatThrownBy(() -> load(VALID + "report:\n  sheet-rows: 0\n")).isInstanceOf(JobDefinitionException.class)
                .hasMessageContaining("report.sheet-rows");
    }

    @Test
    void theDatabaseIsCompactedAfterEachRunUnlessTheJobSaysOtherwise() throws Exception {
        assertThat(load(VALID).compactDatabase()).isTrue();
        assertThat(load(VALID + "compact-database: false\n").compactDatabase()).isFalse();
        assertThatThrownBy(() -> load(VALID + "compact-database: sometimes\n")).isInstanceOf(JobDefinitionException.class)
                .hasMessageContaining("compact-database");
    }

    @Test
    void unknownKeyIsNamedWithItsLineAndTheKnownKeys() {
        assertThatThrownBy(() -> load(VALID.replace("    format: csv", "    fromat: csv")))
                .isInstanceOf(JobDefinitionException.class)
                .hasMessageContaining("job.yaml")
                .hasMessageContaining("unknown key 'fromat'")
                .hasMessageContaining("line 7")
                .hasMessageContaining("sources[0]")
                .hasMessageContaining("format");
    }

    @Test
    void aSourceReadsVenezuelanCedulasUnlessItsIdFormatIsAnyAndAnotherValueNamesBoth() throws Exception {
        assertThat(load(VALID).sources().get(0).idFormat()).isEqualTo(IdFormat.VENEZUELAN);
        assertThat(load(VALID.replace("    format: csv", "    format: csv\n    id-format: any")).sources().get(0).idFormat())
                .isEqualTo(IdFormat.ANY);
        assertThatThrownBy(() -> load(VALID.replace("    format: csv", "    format: csv\n    id-format: nicaraguan")))
                .isInstanceOf(JobDefinitionException.class).hasMessageContaining("'nicaraguan'").hasMessageContaining("id-format")
                .hasMessageContaining("venezuelan, any");
    }

    @Test
    void unknownKindListsTheKindsThatExist() {
        assertThatThrownBy(() -> load(VALID.replace("kind: court-rulings", "kind: tribunal")))
                .hasMessageContaining("'tribunal'").hasMessageContaining("ngo-list, announcement, court-rulings");
    }

    @Test
    void eachProblemIsAValueWithItsKeyMessageFixAndKind() {
        String bad = VALID.replace("    path: courts/*.csv\n", "").replace("review-threshold: 0.5", "review-threshold: 0.95");
        assertThatThrownBy(() -> load(bad)).isInstanceOfSatisfying(JobDefinitionException.class, e -> {
            assertThat(e.problems()).extracting(Problem::kind).containsOnly(Problem.Kind.JOB_FILE);
            assertThat(e.problems()).anySatisfy(p -> {
                assertThat(p.location()).isEqualTo("sources[0] (courts).path");
                assertThat(p.message()).isEqualTo("missing");
                assertThat(p.fix()).contains("glob");
            });
            assertThat(e.problems()).anySatisfy(p -> assertThat(p.location()).isEqualTo("matching"));
            assertThat(e.kind()).isEqualTo(Problem.Kind.JOB_FILE);
        });
    }

    @Test
    void aPathMatchingNoFileIsAnInputMissingProblemAndAloneMakesTheJobInputMissing() throws Exception {
        JobDefinition def = load(VALID.replace("courts/*.csv", "tribunales/*.csv"));
        assertThatThrownBy(() -> SourceCheck.check(def)).isInstanceOfSatisfying(JobDefinitionException.class, e -> {
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(Problem.Kind.INPUT_MISSING);
                assertThat(p.location()).isEqualTo("sources[0] (courts).path");
            });
            assertThat(e.kind()).isEqualTo(Problem.Kind.INPUT_MISSING);
        });
    }

    @Test
    void aMissingInputFileIsSaidToBeMissingNotTheJobFileInvalid() throws Exception {
        // (the trial of 2026-11-25 read "is not a valid job file" for a missing rulings file)
        JobDefinition def = load(VALID.replace("courts/*.csv", "tribunales/*.csv"));
        assertThatThrownBy(() -> SourceCheck.check(def)).hasMessageContaining("a source's input file is missing")
                .hasMessageContaining("sources[0] (courts).path").hasMessageContaining("matches no file")
                .hasMessageNotContaining("not a valid job file");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String bad = VALID.replace("name: nightly", "name: Nightly Run").replace("0 0 2 * * *", "every night")
                .replace("review-threshold: 0.5", "review-threshold: 0.95");
        assertThatThrownBy(() -> load(bad)).isInstanceOfSatisfying(JobDefinitionException.class, e -> {
            assertThat(e.problems()).hasSize(3);
            assertThat(e.getMessage()).contains("name:", "schedule:", "thresholds");
        });
    }

    @Test
    void comparisonThresholdsAreReadAndBadOnesNamed() throws Exception {
        String with = VALID.replace("  review-threshold: 0.5\n", "  review-threshold: 0.5\n  comparisons:\n"
                + "    - {name: name, method: person-name, thresholds: {typo: 0.95}}\n"
                + "    - {name: offence, method: token-set, field: offence, term-frequency: true}\n");
        assertThat(load(with).matching().comparisons().get(0).thresholds()).containsEntry("typo", 0.95);
        assertThatThrownBy(() -> load(with.replace("typo: 0.95", "typo: 0.7, similar: 0.9")))
                .isInstanceOfSatisfying(JobDefinitionException.class,
                        e -> assertThat(e.getMessage()).contains("matching.comparisons.name.thresholds", "similar must be at most typo"));
    }

    @Test
    void mappedColumnMissingFromTheFileNamesColumnFileAndFix() throws Exception {
        JobDefinition def = load(VALID.replace("id-number: Cédula", "id-number: Cedula de identidad"));
        assertThatThrownBy(() -> SourceCheck.check(def)).isInstanceOf(JobDefinitionException.class)
                .hasMessageContaining("columns.id-number").hasMessageContaining("'Cedula de identidad'")
                .hasMessageContaining("courts/a.csv").hasMessageContaining("Fix the column name");
    }

    @Test
    void globThatMatchesNothingIsNamed() throws Exception {
        JobDefinition def = load(VALID.replace("courts/*.csv", "tribunales/*.csv"));
        assertThatThrownBy(() -> SourceCheck.check(def)).hasMessageContaining("'tribunales/*.csv' matches no file");
    }

    @Test
    void columnNamesMatchWhateverTheirCaseAndAccents() throws Exception {
        SourceCheck.check(load(VALID.replace("id-number: Cédula", "id-number: CEDULA")));
    }

    @Test
    void missingFileSaysSo() {
        assertThatThrownBy(() -> JobFiles.load(dir.resolve("nope.yaml"), dir))
                .hasMessageContaining("nope.yaml").hasMessageContaining("does not exist");
    }

    @Test
    void aListWhereOneTextIsExpectedIsNamedWithItsLineNotAsAParserError() {
        assertThatThrownBy(() -> load(VALID.replace("    decisions:", "    attributes:\n      centre: [Centro, Penal]\n    decisions:")))
                .isInstanceOfSatisfying(JobDefinitionException.class, e -> assertThat(e.getMessage())
                        .contains("line 13: sources[0].attributes.centre is a list where one text is expected")
                        .doesNotContain("line -1", "JsonToken"));
    }
}
