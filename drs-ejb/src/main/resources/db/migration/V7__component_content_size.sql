-- The size of a component's tar stream inside its file, recorded in manifests so a restore knows the room it needs.
ALTER TABLE DRS_JOB_COMPONENT ADD COLUMN CONTENT_BYTES BIGINT;
