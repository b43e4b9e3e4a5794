-- For a restore job: the server that wrote the set, as its file names say (SERVER_NAME is the server restored).
ALTER TABLE DRS_JOB ADD COLUMN SET_SERVER VARCHAR(64);
