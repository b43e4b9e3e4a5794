-- When a restore's swap began: from then on it completes or is put back, and can no longer be cancelled.
ALTER TABLE DRS_JOB ADD COLUMN SWAP_STARTED_AT TIMESTAMP;
