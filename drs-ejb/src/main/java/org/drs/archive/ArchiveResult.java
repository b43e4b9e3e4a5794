package org.drs.archive;

import java.io.Serializable;

/** What reached the device for one component: its size and SHA-256, as the manifest records. */
public record ArchiveResult(long bytes, String sha256) implements Serializable {}
