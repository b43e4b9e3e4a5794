package org.drs.archive;

import java.io.Serializable;

/**
 * What reached the device for one component: its size and SHA-256, as the manifest records, and the
 * size of the tar stream inside, which a restore needs room for (0 when not known, as for sets
 * whose manifests predate it).
 */
public record ArchiveResult(long bytes, String sha256, long contentBytes) implements Serializable {}
