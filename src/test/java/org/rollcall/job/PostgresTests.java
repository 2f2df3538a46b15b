package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The nightly job with the job repository and the register on a real PostgreSQL (embedded, started by the test). */
@SpringBootTest(classes = RollcallApplication.class)
@ActiveProfiles("postgresql")
class PostgresTests {

    static EmbeddedPostgres postgres;

    @TempDir
    Path dir;

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void nightlyJobRunsOnPostgresqlAndGivesTheSameFigures() throws Exception {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        SampleWorkspace sample = SampleWorkspace.create(dir);
        assertThat(runner.run(sample.job()).code()).isEqualTo(ExitCode.COMPLETED);
        Map<String, Long> figures = Reports.figures(sample.latest());
        assertThat(figures).containsEntry("ngo-people", 612L).containsEntry("listed-on-ngo-list", 297L).containsEntry("rejected-rows", 10L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rc_register_person", Integer.class)).isEqualTo(671);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch_step_execution", Integer.class)).isEqualTo(7);
        assertThat(runner.run(sample.job()).code()).as("a second run on the same database").isEqualTo(ExitCode.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rc_register_person", Integer.class)).isEqualTo(671);
    }
}
