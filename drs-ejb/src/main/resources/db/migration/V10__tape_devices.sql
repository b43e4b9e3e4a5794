-- Tape devices: the size of the records they write, and whether a new set may replace the set a tape holds
-- (null for other devices); a backup to tape names the set it replaced.
ALTER TABLE DRS_BACKUP_DEVICE ADD COLUMN TAPE_BLOCK_SIZE INTEGER;
ALTER TABLE DRS_BACKUP_DEVICE ADD COLUMN TAPE_OVERWRITE BOOLEAN;
-- Tape devices saved before they had settings take the defaults: 1 MiB records, overwriting.
UPDATE DRS_BACKUP_DEVICE SET TAPE_BLOCK_SIZE = 1048576, TAPE_OVERWRITE = TRUE WHERE DEVICE_TYPE = 'TAPE';
ALTER TABLE DRS_JOB ADD COLUMN REPLACED_SET VARCHAR(19);
