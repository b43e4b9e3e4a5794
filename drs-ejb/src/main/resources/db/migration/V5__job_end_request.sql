-- Why a running job was asked to end early: CANCEL (an administrator) or TIMEOUT (the watchdog).
ALTER TABLE DRS_JOB ADD COLUMN END_REQUEST VARCHAR(8);
