-- rollcall's own tables, beside Spring Batch's BATCH_* tables; the same SQL runs on H2 and PostgreSQL. Every row belongs to one run
-- (run_key = the Spring Batch job instance id), so a restarted step replaces its own rows.

-- Which stages of which run are complete. The items themselves are in files in the data folder
-- (<data dir>/stages/<run>/<stage>.smile, whatever the database); a row here is written after its
-- file is whole, with the file's item count, size and CRC-32C, checked when the file is read back.
CREATE TABLE IF NOT EXISTS rc_stage (
    run_key   BIGINT       NOT NULL,
    stage     VARCHAR(40)  NOT NULL,
    items     BIGINT       NOT NULL,
    bytes     BIGINT       NOT NULL,
    checksum  BIGINT       NOT NULL,
    PRIMARY KEY (run_key, stage)
);

-- (The person each source record was linked to is in entities.csv and the run's reconciliation stage file, not in a
-- table: rc_entity, which held a copy, is no longer written; a database that has it keeps it, unused.)

-- The headline figures of each run.
CREATE TABLE IF NOT EXISTS rc_figure (
    run_key  BIGINT        NOT NULL,
    figure   VARCHAR(100)  NOT NULL,
    val      BIGINT        NOT NULL,
    stated   BOOLEAN       NOT NULL,
    label    VARCHAR(400)  NOT NULL,
    PRIMARY KEY (run_key, figure)
);

-- The person register: which stable person id each record belongs to, across runs of a job.
CREATE TABLE IF NOT EXISTS rc_register_record (
    job         VARCHAR(100)  NOT NULL,
    record_key  VARCHAR(1000) NOT NULL,
    person_id   VARCHAR(40)   NOT NULL,
    first_run   BIGINT        NOT NULL,
    last_run    BIGINT        NOT NULL,
    PRIMARY KEY (job, record_key)
);
-- What each record said of its person when last seen (birth date, sex, detention date, place, offence: see
-- register/Traits), so that a later run tells namesakes apart and refuses a "correction" by someone else. A register
-- written before it has none (NULL): its records are continued as before.
ALTER TABLE rc_register_record ADD COLUMN IF NOT EXISTS traits VARCHAR(400);

-- Every person id ever given, and what became of it (merged into another id, split from one).
CREATE TABLE IF NOT EXISTS rc_register_person (
    job          VARCHAR(100)  NOT NULL,
    person_id    VARCHAR(40)   NOT NULL,
    created_run  BIGINT        NOT NULL,
    note         VARCHAR(200),
    PRIMARY KEY (job, person_id)
);

-- Each person's sources and status in each run, to tell what changed since the previous run.
CREATE TABLE IF NOT EXISTS rc_person_state (
    job        VARCHAR(100)  NOT NULL,
    run_key    BIGINT        NOT NULL,
    person_id  VARCHAR(40)   NOT NULL,
    name       VARCHAR(400)  NOT NULL,
    sources    VARCHAR(400)  NOT NULL,
    status     VARCHAR(400)  NOT NULL,
    PRIMARY KEY (job, run_key, person_id)
);

-- The sources of a run that could not be read (a file-level problem, exit 10): such a run is not the
-- baseline of a later run's changes, and its people on those sources are not compared.
CREATE TABLE IF NOT EXISTS rc_run_unread (
    job        VARCHAR(100)  NOT NULL,
    run_key    BIGINT        NOT NULL,
    source_id  VARCHAR(100)  NOT NULL,
    PRIMARY KEY (job, run_key, source_id)
);

-- What a run read of each source: its records, the total its totals row stated (NULL without one) and a
-- fingerprint of its files (names, sizes, modification times). Tonight's records are checked against the
-- baseline run's (a list that fell sharply: a file cut short, a filter left on), and a run that read the
-- very same files as its baseline says so.
CREATE TABLE IF NOT EXISTS rc_run_source (
    job           VARCHAR(100)  NOT NULL,
    run_key       BIGINT        NOT NULL,
    source_id     VARCHAR(100)  NOT NULL,
    records       BIGINT        NOT NULL,
    stated_total  BIGINT,
    files         VARCHAR(64)   NOT NULL,
    PRIMARY KEY (job, run_key, source_id)
);

-- Analysts' decisions read from review workbooks: who, what, when (run), from which file and row.
CREATE TABLE IF NOT EXISTS rc_decision (
    job           VARCHAR(100)  NOT NULL,
    seq           BIGINT        NOT NULL,
    pair_id       VARCHAR(40)   NOT NULL,
    key_a         VARCHAR(1000) NOT NULL,
    key_b         VARCHAR(1000) NOT NULL,
    verdict       VARCHAR(20)   NOT NULL,
    reviewer      VARCHAR(200)  NOT NULL,
    note          VARCHAR(1000) NOT NULL,
    file          VARCHAR(500)  NOT NULL,
    row_no        INT           NOT NULL,
    imported_run  BIGINT        NOT NULL,
    PRIMARY KEY (job, seq)
);

-- Review files already applied, by content: the same workbook dropped again changes nothing.
CREATE TABLE IF NOT EXISTS rc_review_file (
    job           VARCHAR(100)  NOT NULL,
    file_sha      VARCHAR(64)   NOT NULL,
    file          VARCHAR(500)  NOT NULL,
    imported_run  BIGINT        NOT NULL,
    PRIMARY KEY (job, file_sha)
);
