/**
 * Where backups are kept, in backup-set terms that fit both file stores and a sequential tape: a
 * set is begun, its components are written one after another as streams, and it is committed by
 * writing its manifest last. A set without its manifest does not exist for anyone reading the
 * device. Adapters: {@code local} (a directory), {@code sftp} (JSch), {@code tape}.
 */
package org.drs.storage;
