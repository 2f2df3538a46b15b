package org.rollcall.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.job.JobFiles;

/** A job file is refused with every problem at once, and a key written twice is never resolved silently. */
class StrictJobFileTest {

    @TempDir
    Path dir;

    private JobDefinitionException refused(String yaml) throws Exception {
        Path file = dir.resolve("job.yaml");
        Files.writeString(file, yaml);
        return catchThrowableOfType(JobDefinitionException.class, () -> JobFiles.load(file, dir));
    }

    @Test
    void aSecondTopLevelSourcesKeyIsRefusedWithBothLines() throws Exception {
        JobDefinitionException e = refused("""
                name: twice
                sources:
                  - {id: a, kind: ngo-list, path: a.csv, format: csv, columns: {full-name: Nombre}}
                  - {id: b, kind: ngo-list, path: b.csv, format: csv, columns: {full-name: Nombre}}
                report:
                  language: es
                sources:
                  - {id: c, kind: ngo-list, path: c.csv, format: csv, columns: {full-name: Nombre}}
                """);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.toString()).contains("line 2 and line 7").contains("'sources'").contains("top level"));
    }

    @Test
    void aDuplicateScalarKeyInsideASourceIsRefusedWithBothLines() throws Exception {
        JobDefinitionException e = refused("""
                name: twice
                sources:
                  - id: a
                    kind: ngo-list
                    path: a.csv
                    format: csv
                    path: b.csv
                    columns: {full-name: Nombre}
                """);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.toString()).contains("line 5 and line 7").contains("'path'").contains("sources[0]"));
    }

    @Test
    void everyUnknownKeyAndBadValueIsListedInOneRun() throws Exception {
        JobDefinitionException e = refused("""
                name: many
                sources:
                  - id: a
                    kind: ngo-lst
                    path: a.csv
                    format: csv
                    colums: {full-name: Nombre}
                    columns: {full-nam: Nombre, id-number: Cédula}
                report:
                  language: fr
                  ouput-dir: out
                """);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.toString()).contains("line 4").contains("'ngo-lst'").contains("ngo-list"))
                .anySatisfy(p -> assertThat(p.toString()).contains("line 7").contains("unknown key 'colums'"))
                .anySatisfy(p -> assertThat(p.toString()).contains("'full-nam'").contains("sources[0].columns"))
                .anySatisfy(p -> assertThat(p.toString()).contains("report.language").contains("fr"))
                .anySatisfy(p -> assertThat(p.toString()).contains("unknown key 'ouput-dir'").contains("report"));
    }
}
