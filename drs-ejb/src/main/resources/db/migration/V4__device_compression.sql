-- How a device's component archives are compressed: ZSTD (the default), GZIP or NONE.
ALTER TABLE DRS_BACKUP_DEVICE ADD COLUMN COMPRESSION VARCHAR(8) DEFAULT 'ZSTD' NOT NULL;
