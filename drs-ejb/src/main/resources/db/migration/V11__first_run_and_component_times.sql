-- What DRS did once, on its first start, and must never do again (the first-run Local Directory device).
CREATE TABLE DRS_FIRST_RUN (
  STEP VARCHAR(64) NOT NULL PRIMARY KEY,
  DONE_AT TIMESTAMP NOT NULL
);
-- When each component of a job started and ended, for its throughput and, from the last successful run of the
-- same component, the time the next run has left (null for components of jobs before this version).
ALTER TABLE DRS_JOB_COMPONENT ADD COLUMN STARTED_AT TIMESTAMP;
ALTER TABLE DRS_JOB_COMPONENT ADD COLUMN ENDED_AT TIMESTAMP;
