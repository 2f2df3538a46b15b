-- rollcall's own tables, beside Spring Batch's BATCH_* tables. Every row belongs to one run
-- (run_key = the Spring Batch job instance id), so a restarted step replaces its own rows.

-- What each stage hands to the next, as JSON (one row per item, n = position).
CREATE TABLE IF NOT EXISTS rc_stage_item (
    run_key  BIGINT       NOT NULL,
    stage    VARCHAR(40)  NOT NULL,
    n        INT          NOT NULL,
    payload  CLOB         NOT NULL,
    PRIMARY KEY (run_key, stage, n)
);

-- The person each source record was linked to (the rows of entities.csv).
CREATE TABLE IF NOT EXISTS rc_entity (
    run_key    BIGINT        NOT NULL,
    source_id  VARCHAR(100)  NOT NULL,
    record_id  VARCHAR(400)  NOT NULL,
    n          INT           NOT NULL,
    entity_id  VARCHAR(40)   NOT NULL,
    PRIMARY KEY (run_key, n)
);

-- The headline figures of each run.
CREATE TABLE IF NOT EXISTS rc_figure (
    run_key  BIGINT        NOT NULL,
    figure   VARCHAR(100)  NOT NULL,
    val      BIGINT        NOT NULL,
    stated   BOOLEAN       NOT NULL,
    label    VARCHAR(400)  NOT NULL,
    PRIMARY KEY (run_key, figure)
);
