/*
 * An LD_PRELOAD shim that makes one path behave like a Linux SCSI tape drive (st, non-rewinding),
 * so that the JNI library, mt-st and dd can be tested where no drive exists. Test code only: it is
 * preloaded into the JNI unit tests and the tape integration tests, never into the product.
 *
 * DRS_TAPE_SHIM_DEVICE names the emulated device (compared as text); DRS_TAPE_SHIM_DRIVE is the
 * drive's directory, which a test changes between opens:
 * - medium: the tape; absent, no tape is in the drive (MTOFFL moves it to medium.ejected)
 * - write-protected: present, the tape's write-protect tab is set
 * - capacity: bytes the tape holds (default 1 GiB); writes past it fail with ENOSPC
 * - early-warning: bytes before the capacity where the early warning comes (default 2 MiB)
 * - state: the position and block size, kept across opens as the drive keeps them
 * - lock: held while the device is open, so that a second open gets EBUSY, as from st
 *
 * The tape is a sequence of entries, each a record or a filemark framed by its kind and length at
 * both ends, so that spacing works in both directions; end of data is the end of the file. What the
 * shim answers follows the st driver (Documentation/scsi/st.rst and st.c): variable and fixed
 * blocks, ENOMEM for a record larger than the read, a zero read at end of data only right after a
 * filemark and EIO otherwise (so a blank tape answers EIO), an unknown block number (-1) after
 * spacing to end of data, a filemark written by close, rewind or backward spacing after a write
 * (which a backward space then crosses too), the early warning then ENOSPC, EROFS for a read-write
 * open of a protected tape, EACCES for a write to one, ENOMEDIUM without a tape.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/mtio.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define EXPORT __attribute__((visibility("default")))

/* glibc's sys/mtio.h stops short of the kernel's newest operation. */
#ifndef MTWEOFI
#define MTWEOFI 35
#endif

enum kind { RECORD = 0x52454344, FILEMARK = 0x46494c45 };
enum { FRAME = 8, MAX_BLOCK = 16 * 1024 * 1024 };

struct entry {
  uint32_t kind;
  uint32_t length;
};

enum { ALIASES = 8 };

/* The one open of the emulated drive. fd is what the caller got, a descriptor
 * of the lock file; aliases are its duplicates (dd reopens its output with
 * dup2), and the drive closes with the last. */
static struct drive {
  int fd;
  int aliases[ALIASES];
  int medium;
  int accmode;
  int protected;
  int last_was_write;
  int eod_reads;
  int early_warning_state;
  int block_unknown;
  int block_size;
  int density;
  off_t position;
  off_t capacity;
  off_t early_warning;
  dev_t medium_dev;
  ino_t medium_ino;
} drive = {.fd = -1, .aliases = {-1, -1, -1, -1, -1, -1, -1, -1}, .medium = -1};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static int (*real_open)(const char *, int, ...);
static int (*real_close)(int);
static ssize_t (*real_read)(int, void *, size_t);
static ssize_t (*real_write)(int, const void *, size_t);
static int (*real_ioctl)(int, unsigned long, ...);

static void resolve(void) {
  if (real_open == NULL) {
    real_ioctl = (int (*)(int, unsigned long, ...))dlsym(RTLD_NEXT, "ioctl");
    real_read = (ssize_t(*)(int, void *, size_t))dlsym(RTLD_NEXT, "read");
    real_write = (ssize_t(*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
    real_close = (int (*)(int))dlsym(RTLD_NEXT, "close");
    real_open = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open");
  }
}

static int is_device(const char *path) {
  const char *device = getenv("DRS_TAPE_SHIM_DEVICE");
  return path != NULL && device != NULL && getenv("DRS_TAPE_SHIM_DRIVE") != NULL &&
         strcmp(path, device) == 0;
}

static int alias_index(int fd) {
  for (int i = 0; i < ALIASES; i++) {
    if (__atomic_load_n(&drive.aliases[i], __ATOMIC_ACQUIRE) == fd) return i;
  }
  return -1;
}

static int is_drive(int fd) { return fd >= 0 && alias_index(fd) >= 0; }

static int has_aliases(void) {
  for (int i = 0; i < ALIASES; i++) {
    if (drive.aliases[i] >= 0) return 1;
  }
  return 0;
}

static void add_alias(int fd) {
  int free = alias_index(-1);
  if (free >= 0) __atomic_store_n(&drive.aliases[free], fd, __ATOMIC_RELEASE);
}

static void drive_file(char *out, const char *name) {
  snprintf(out, PATH_MAX, "%s/%s", getenv("DRS_TAPE_SHIM_DRIVE"), name);
}

static int exists(const char *name) {
  char path[PATH_MAX];
  drive_file(path, name);
  return access(path, F_OK) == 0;
}

static long long number_in(const char *name, long long otherwise) {
  char path[PATH_MAX];
  drive_file(path, name);
  FILE *file = fopen(path, "re");
  long long value = otherwise;
  if (file != NULL) {
    if (fscanf(file, "%lld", &value) != 1) value = otherwise;
    fclose(file);
  }
  return value;
}

static off_t medium_size(void) {
  struct stat status;
  return fstat(drive.medium, &status) == 0 ? status.st_size : 0;
}

static int read_frame(off_t at, struct entry *entry) {
  return pread(drive.medium, entry, sizeof *entry, at) == (ssize_t)sizeof *entry ? 0 : -1;
}

/* The entry that starts at the position, or 0 at end of data. */
static int entry_at(off_t at, struct entry *entry) {
  return at < medium_size() && read_frame(at, entry) == 0;
}

/* The entry that ends at the position, or 0 at the beginning of the tape. */
static int entry_before(off_t at, struct entry *entry, off_t *start) {
  if (at < 2 * FRAME || read_frame(at - FRAME, entry) != 0) return 0;
  *start = at - 2 * FRAME - entry->length;
  return 1;
}

static off_t size_of(const struct entry *entry) { return 2 * FRAME + (off_t)entry->length; }

/* File number, block number in the file and logical block address of a
 * position, counted from the beginning as the drive counts them. */
static void locate(off_t at, long *file, long *block, long *logical) {
  struct entry entry;
  off_t here = 0;
  *file = 0;
  *block = 0;
  *logical = 0;
  while (here < at && entry_at(here, &entry)) {
    if (entry.kind == FILEMARK) {
      (*file)++;
      *block = 0;
    } else {
      (*block)++;
    }
    (*logical)++;
    here += size_of(&entry);
  }
}

static void save_state(void) {
  char path[PATH_MAX];
  drive_file(path, "state");
  FILE *file = fopen(path, "we");
  if (file != NULL) {
    fprintf(file, "%lld %d %d %llu %llu\n", (long long)drive.position, drive.block_size,
            drive.density, (unsigned long long)drive.medium_dev,
            (unsigned long long)drive.medium_ino);
    fclose(file);
  }
}

/* The drive keeps its position while the same tape stays loaded; another tape
 * starts at BOT. */
static void load_state(void) {
  char path[PATH_MAX];
  drive_file(path, "state");
  FILE *file = fopen(path, "re");
  long long position = 0;
  unsigned long long dev = 0, ino = 0;
  int block_size = 0, density = 0;
  if (file != NULL) {
    if (fscanf(file, "%lld %d %d %llu %llu", &position, &block_size, &density, &dev, &ino) != 5) {
      position = 0;
    }
    fclose(file);
  }
  drive.block_size = block_size;
  drive.density = density;
  drive.position = 0;
  if (dev == (unsigned long long)drive.medium_dev && ino == (unsigned long long)drive.medium_ino &&
      position <= medium_size()) {
    drive.position = position;
  }
}

static int fail(int error) {
  errno = error;
  return -1;
}

/* Appends entries at the position, erasing what followed it, as writing on a
 * tape does. */
static int append(enum kind kind, const void *data, uint32_t length) {
  struct entry entry = {kind, length};
  off_t end = drive.position + size_of(&entry);
  if (end > drive.capacity) return fail(ENOSPC);
  if (ftruncate(drive.medium, drive.position) != 0 ||
      pwrite(drive.medium, &entry, FRAME, drive.position) != FRAME ||
      (length > 0 && pwrite(drive.medium, data, length, drive.position + FRAME) != length) ||
      pwrite(drive.medium, &entry, FRAME, end - FRAME) != FRAME) {
    return fail(EIO);
  }
  drive.position = end;
  return 0;
}

static int write_filemarks(int count) {
  for (int i = 0; i < count; i++) {
    if (append(FILEMARK, NULL, 0) != 0) return -1;
  }
  drive.last_was_write = 0;
  return 0;
}

/* What st does before moving the tape after a write: ends the file with a
 * filemark. */
static int end_written_file(void) { return drive.last_was_write ? write_filemarks(1) : 0; }

static int space_files_forward(int count) {
  struct entry entry;
  while (count > 0) {
    if (!entry_at(drive.position, &entry)) return fail(EIO);
    drive.position += size_of(&entry);
    if (entry.kind == FILEMARK) count--;
  }
  return 0;
}

/* Backward over filemarks, leaving the tape before (on the BOT side of) the
 * last one crossed. */
static int space_files_backward(int count) {
  struct entry entry;
  off_t start;
  while (count > 0) {
    if (!entry_before(drive.position, &entry, &start)) return fail(EIO);
    drive.position = start;
    if (entry.kind == FILEMARK) count--;
  }
  return 0;
}

static int space_records_forward(int count) {
  struct entry entry;
  for (; count > 0; count--) {
    if (!entry_at(drive.position, &entry)) return fail(EIO);
    drive.position += size_of(&entry);
    if (entry.kind == FILEMARK) return fail(EIO);
  }
  return 0;
}

static int space_records_backward(int count) {
  struct entry entry;
  off_t start;
  for (; count > 0; count--) {
    if (!entry_before(drive.position, &entry, &start) || entry.kind == FILEMARK) return fail(EIO);
    drive.position = start;
  }
  return 0;
}

static int seek_logical(int block) {
  struct entry entry;
  drive.position = 0;
  for (; block > 0; block--) {
    if (!entry_at(drive.position, &entry)) return fail(EIO);
    drive.position += size_of(&entry);
  }
  return 0;
}

static int eject(void) {
  char medium[PATH_MAX], ejected[PATH_MAX];
  drive_file(medium, "medium");
  drive_file(ejected, "medium.ejected");
  drive.position = 0;
  save_state();
  real_close(drive.medium);
  drive.medium = -1;
  return rename(medium, ejected) == 0 ? 0 : fail(EIO);
}

static int operate(const struct mtop *op) {
  int moves_after_write = op->mt_op == MTREW || op->mt_op == MTOFFL || op->mt_op == MTUNLOAD ||
                          op->mt_op == MTBSF || op->mt_op == MTBSFM || op->mt_op == MTSEEK;
  if (drive.medium < 0) return op->mt_op == MTNOP ? 0 : fail(ENOMEDIUM);
  int wrote_filemark = moves_after_write && drive.last_was_write;
  if (moves_after_write && end_written_file() != 0) return -1;
  if (op->mt_op != MTNOP && op->mt_op != MTSETBLK && op->mt_op != MTSETDENSITY) {
    drive.eod_reads = 0;
    drive.block_unknown = op->mt_op == MTEOM;
  }
  /* st.c: a backward space after a write also crosses the filemark that ended the write. */
  int backward = op->mt_count + wrote_filemark;
  switch (op->mt_op) {
    case MTNOP:
    case MTLOCK:
    case MTUNLOCK:
    case MTCOMPRESSION:
    case MTSETDRVBUFFER:
      return 0;
    case MTREW:
      drive.position = 0;
      drive.early_warning_state = 0;
      return 0;
    case MTOFFL:
    case MTUNLOAD:
      return eject();
    case MTWEOF:
    case MTWEOFI:
      if (drive.accmode == O_RDONLY) return fail(EBADF);
      if (drive.protected) return fail(EACCES);
      return write_filemarks(op->mt_count);
    case MTFSF:
      return space_files_forward(op->mt_count);
    case MTFSFM:
      return space_files_forward(op->mt_count) != 0 ? -1 : space_files_backward(1);
    case MTBSF:
      return space_files_backward(backward);
    case MTBSFM:
      return space_files_backward(backward) != 0 ? -1 : space_files_forward(1);
    case MTFSR:
      return space_records_forward(op->mt_count);
    case MTBSR:
      return space_records_backward(op->mt_count);
    case MTEOM:
      drive.position = medium_size();
      return 0;
    case MTSEEK:
      return seek_logical(op->mt_count);
    case MTSETBLK:
      if (op->mt_count < 0 || op->mt_count > MAX_BLOCK) return fail(EINVAL);
      drive.block_size = op->mt_count;
      return 0;
    case MTSETDENSITY:
      drive.density = op->mt_count & 0xff;
      return 0;
    case MTERASE:
      if (drive.protected) return fail(EACCES);
      return ftruncate(drive.medium, drive.position) == 0 ? 0 : fail(EIO);
    default:
      return fail(EINVAL);
  }
}

static void status(struct mtget *out) {
  struct entry entry;
  off_t start;
  long file, block, logical;
  memset(out, 0, sizeof *out);
  out->mt_type = MT_ISSCSI2;
  out->mt_gstat = GMT_IM_REP_EN(~0L);
  if (drive.medium < 0) {
    out->mt_gstat |= GMT_DR_OPEN(~0L);
    out->mt_fileno = -1;
    out->mt_blkno = -1;
    return;
  }
  locate(drive.position, &file, &block, &logical);
  out->mt_fileno = file;
  out->mt_blkno = drive.block_unknown ? -1 : block;
  out->mt_dsreg =
      ((long)drive.density << MT_ST_DENSITY_SHIFT) | (drive.block_size & MT_ST_BLKSIZE_MASK);
  out->mt_gstat |= GMT_ONLINE(~0L);
  if (drive.protected) out->mt_gstat |= GMT_WR_PROT(~0L);
  if (drive.position == 0) out->mt_gstat |= GMT_BOT(~0L);
  if (drive.position == medium_size()) out->mt_gstat |= GMT_EOD(~0L);
  if (drive.position >= drive.capacity - drive.early_warning) out->mt_gstat |= GMT_EOT(~0L);
  if (entry_before(drive.position, &entry, &start) && entry.kind == FILEMARK) {
    out->mt_gstat |= GMT_EOF(~0L);
  }
}

static ssize_t read_variable(void *buffer, size_t count) {
  struct entry entry;
  if (!entry_at(drive.position, &entry)) {
    /* st: one zero read where a filemark was just crossed, EIO otherwise (blank check). */
    off_t start;
    int after_filemark = entry_before(drive.position, &entry, &start) && entry.kind == FILEMARK;
    return after_filemark && drive.eod_reads++ == 0 ? 0 : fail(EIO);
  }
  drive.position += size_of(&entry);
  if (entry.kind == FILEMARK) return 0;
  if (entry.length > count) return fail(ENOMEM);
  if (pread(drive.medium, buffer, entry.length, drive.position - size_of(&entry) + FRAME) !=
      (ssize_t)entry.length) {
    return fail(EIO);
  }
  return entry.length;
}

/* Fixed blocks: as many whole blocks as fit, stopping before a filemark or at
 * end of data. */
static ssize_t read_fixed(char *buffer, size_t count) {
  struct entry entry;
  size_t done = 0;
  if (count % drive.block_size != 0) return fail(EINVAL);
  while (done < count && entry_at(drive.position, &entry) && entry.kind == RECORD) {
    if (entry.length != (uint32_t)drive.block_size) return done > 0 ? (ssize_t)done : fail(EIO);
    if (pread(drive.medium, buffer + done, entry.length, drive.position + FRAME) !=
        (ssize_t)entry.length) {
      return fail(EIO);
    }
    drive.position += size_of(&entry);
    done += entry.length;
  }
  if (done > 0) return done;
  return read_variable(buffer, count);
}

static ssize_t tape_read(void *buffer, size_t count) {
  if (drive.medium < 0) return fail(ENOMEDIUM);
  if (drive.accmode == O_WRONLY) return fail(EBADF);
  if (count == 0) return 0;
  drive.last_was_write = 0;
  return drive.block_size == 0 ? read_variable(buffer, count) : read_fixed(buffer, count);
}

/* The early warning: the write that crosses it succeeds, the next fails with
 * ENOSPC, and from then on they alternate, leaving room for a trailer, until
 * the tape is full. */
static ssize_t tape_write(const char *buffer, size_t count) {
  size_t block = drive.block_size == 0 ? count : (size_t)drive.block_size;
  if (drive.medium < 0) return fail(ENOMEDIUM);
  if (drive.accmode == O_RDONLY) return fail(EBADF);
  if (drive.protected) return fail(EACCES);
  if (count == 0) return 0;
  if (count > MAX_BLOCK || count % block != 0) return fail(EINVAL);
  if (drive.early_warning_state == 1) {
    drive.early_warning_state = 2;
    return fail(ENOSPC);
  }
  for (size_t done = 0; done < count; done += block) {
    if (append(RECORD, buffer + done, block) != 0) return done > 0 ? (ssize_t)done : -1;
    drive.last_was_write = 1;
  }
  drive.eod_reads = 0;
  if (drive.position >= drive.capacity - drive.early_warning) drive.early_warning_state = 1;
  return count;
}

static int open_drive(int flags) {
  char path[PATH_MAX];
  int fd, accmode = flags & O_ACCMODE;
  struct stat medium = {0};
  if (drive.fd >= 0) return fail(EBUSY);
  drive_file(path, "lock");
  fd = real_open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return -1;
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    real_close(fd);
    return fail(EBUSY);
  }
  drive.protected = exists("write-protected");
  drive.capacity = number_in("capacity", 1LL << 30);
  drive.early_warning = number_in("early-warning", 2LL << 20);
  drive.medium = -1;
  drive_file(path, "medium");
  if (stat(path, &medium) == 0) {
    drive.medium = real_open(path, O_RDWR | O_CLOEXEC);
  }
  if (drive.medium < 0) memset(&medium, 0, sizeof medium);
  if (drive.medium < 0 && (flags & O_NONBLOCK) == 0) {
    real_close(fd);
    return fail(ENOMEDIUM);
  }
  if (drive.medium >= 0 && drive.protected && accmode != O_RDONLY && (flags & O_NONBLOCK) == 0) {
    real_close(drive.medium);
    real_close(fd);
    drive.medium = -1;
    return fail(EROFS);
  }
  drive.medium_dev = medium.st_dev;
  drive.medium_ino = medium.st_ino;
  drive.accmode = accmode;
  drive.last_was_write = 0;
  drive.eod_reads = 0;
  drive.early_warning_state = 0;
  drive.block_unknown = 0;
  if (drive.medium >= 0) load_state();
  drive.fd = fd;
  add_alias(fd);
  return fd;
}

/* The last descriptor is closing: the drive ends a written file with a filemark
 * and keeps its position for the next open. */
static int close_drive(void) {
  int result = 0;
  if (drive.medium >= 0) {
    result = end_written_file();
    save_state();
    real_close(drive.medium);
    drive.medium = -1;
  }
  drive.fd = -1;
  return result;
}

static int close_alias(int fd) {
  int result = 0;
  __atomic_store_n(&drive.aliases[alias_index(fd)], -1, __ATOMIC_RELEASE);
  if (!has_aliases()) result = close_drive();
  if (real_close(fd) != 0) result = -1;
  return result;
}

static int open_or_emulate(const char *path, int flags, mode_t mode) {
  resolve();
  if (!is_device(path)) return real_open(path, flags, mode);
  pthread_mutex_lock(&lock);
  int fd = open_drive(flags);
  int error = errno;
  pthread_mutex_unlock(&lock);
  errno = error;
  return fd;
}

static mode_t mode_of(int flags, va_list arguments) {
  return (flags & (O_CREAT | O_TMPFILE)) != 0 ? va_arg(arguments, mode_t) : 0;
}

EXPORT int open(const char *path, int flags, ...) {
  va_list arguments;
  va_start(arguments, flags);
  mode_t mode = mode_of(flags, arguments);
  va_end(arguments);
  return open_or_emulate(path, flags, mode);
}

EXPORT int open64(const char *path, int flags, ...) {
  va_list arguments;
  va_start(arguments, flags);
  mode_t mode = mode_of(flags, arguments);
  va_end(arguments);
  return open_or_emulate(path, flags, mode);
}

EXPORT int __open_2(const char *path, int flags) { return open_or_emulate(path, flags, 0); }

EXPORT int __open64_2(const char *path, int flags) { return open_or_emulate(path, flags, 0); }

static int openat_or_emulate(int directory, const char *path, int flags, mode_t mode) {
  static int (*real_openat)(int, const char *, int, ...);
  if (is_device(path)) return open_or_emulate(path, flags, mode);
  if (real_openat == NULL)
    real_openat = (int (*)(int, const char *, int, ...))dlsym(RTLD_NEXT, "openat");
  return real_openat(directory, path, flags, mode);
}

EXPORT int openat(int directory, const char *path, int flags, ...) {
  va_list arguments;
  va_start(arguments, flags);
  mode_t mode = mode_of(flags, arguments);
  va_end(arguments);
  return openat_or_emulate(directory, path, flags, mode);
}

EXPORT int openat64(int directory, const char *path, int flags, ...) {
  va_list arguments;
  va_start(arguments, flags);
  mode_t mode = mode_of(flags, arguments);
  va_end(arguments);
  return openat_or_emulate(directory, path, flags, mode);
}

EXPORT int __openat_2(int directory, const char *path, int flags) {
  return openat_or_emulate(directory, path, flags, 0);
}

EXPORT int __openat64_2(int directory, const char *path, int flags) {
  return openat_or_emulate(directory, path, flags, 0);
}

EXPORT int close(int fd) {
  resolve();
  if (!is_drive(fd)) return real_close(fd);
  pthread_mutex_lock(&lock);
  int result = close_alias(fd);
  int error = errno;
  pthread_mutex_unlock(&lock);
  errno = error;
  return result;
}

static int duplicated(int fd, int copy) {
  if (copy >= 0 && is_drive(fd)) {
    pthread_mutex_lock(&lock);
    add_alias(copy);
    pthread_mutex_unlock(&lock);
  }
  return copy;
}

EXPORT int dup(int fd) {
  static int (*real_dup)(int);
  if (real_dup == NULL) real_dup = (int (*)(int))dlsym(RTLD_NEXT, "dup");
  return duplicated(fd, real_dup(fd));
}

EXPORT int dup2(int fd, int copy) {
  static int (*real_dup2)(int, int);
  if (real_dup2 == NULL) real_dup2 = (int (*)(int, int))dlsym(RTLD_NEXT, "dup2");
  return duplicated(fd, real_dup2(fd, copy));
}

EXPORT int dup3(int fd, int copy, int flags) {
  static int (*real_dup3)(int, int, int);
  if (real_dup3 == NULL) real_dup3 = (int (*)(int, int, int))dlsym(RTLD_NEXT, "dup3");
  return duplicated(fd, real_dup3(fd, copy, flags));
}

EXPORT ssize_t read(int fd, void *buffer, size_t count) {
  resolve();
  if (!is_drive(fd)) return real_read(fd, buffer, count);
  pthread_mutex_lock(&lock);
  ssize_t result = tape_read(buffer, count);
  int error = errno;
  pthread_mutex_unlock(&lock);
  errno = error;
  return result;
}

EXPORT ssize_t __read_chk(int fd, void *buffer, size_t count, size_t size) {
  (void)size;
  return read(fd, buffer, count);
}

EXPORT ssize_t write(int fd, const void *buffer, size_t count) {
  resolve();
  if (!is_drive(fd)) return real_write(fd, buffer, count);
  pthread_mutex_lock(&lock);
  ssize_t result = tape_write(buffer, count);
  int error = errno;
  pthread_mutex_unlock(&lock);
  errno = error;
  return result;
}

EXPORT int ioctl(int fd, unsigned long request, ...) {
  va_list arguments;
  va_start(arguments, request);
  void *argument = va_arg(arguments, void *);
  va_end(arguments);
  resolve();
  if (!is_drive(fd)) return real_ioctl(fd, request, argument);
  pthread_mutex_lock(&lock);
  int result = 0;
  if (request == MTIOCTOP) {
    result = operate(argument);
  } else if (request == MTIOCGET) {
    status(argument);
  } else if (request == MTIOCPOS) {
    long file, block, logical;
    if (drive.medium < 0) {
      result = fail(ENOMEDIUM);
    } else {
      locate(drive.position, &file, &block, &logical);
      ((struct mtpos *)argument)->mt_blkno = logical;
    }
  } else {
    result = fail(ENOTTY);
  }
  int error = errno;
  pthread_mutex_unlock(&lock);
  errno = error;
  return result;
}
