package org.drs.archive;

/**
 * What one component archive may cost a restore, so that a hostile or damaged set ends in a clear
 * failure instead of exhausting the heap or the disk: the longest name or link target, the largest
 * pax header, the most entries, the deepest path (settings in {@code configure-drs.cli}), and how
 * many bytes the tar stream may hold.
 *
 * @param contentBytes the tar stream's size as the manifest records it, or a bound derived from the
 *     room in staging when the manifest predates that record
 * @param contentBytesSource where that bound comes from, in the administrator's words
 */
public record ArchiveLimits(
    int nameBytes,
    int paxHeaderBytes,
    long entries,
    int depth,
    long contentBytes,
    String contentBytesSource) {}
