package org.drs.archive;

/**
 * The kind of a file as the {@code st_mode} type bits say, which tar headers repeat in their mode
 * field: what DRS archives (directories, regular files, symbolic links) and what it names and
 * leaves out (FIFOs, sockets, device nodes).
 */
enum FileKind {
  DIRECTORY(0040000, "directory"),
  REGULAR_FILE(0100000, "regular file"),
  SYMBOLIC_LINK(0120000, "symbolic link"),
  FIFO(0010000, "FIFO"),
  SOCKET(0140000, "socket"),
  CHARACTER_DEVICE(0020000, "character device node"),
  BLOCK_DEVICE(0060000, "block device node");

  static final int TYPE_BITS = 0170000;

  /** Permission bits with set-user-ID, set-group-ID and sticky. */
  static final int PERMISSION_BITS = 07777;

  static final int SET_ID_BITS = 06000;

  final int typeBits;
  final String description;

  FileKind(int typeBits, String description) {
    this.typeBits = typeBits;
    this.description = description;
  }

  static FileKind of(int mode) {
    for (FileKind kind : values()) {
      if ((mode & TYPE_BITS) == kind.typeBits) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown file type in mode " + Integer.toOctalString(mode));
  }
}
