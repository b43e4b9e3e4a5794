/*
 * libdrstape: the natives of org.drs.tape.NativeTape, one per system call on a
 * Linux SCSI tape device. Every failure captures errno at once and throws
 * org.drs.tape.SystemCallFailure naming the call; the Java side turns it into a
 * typed exception with an administrator's message. Nothing is allocated here:
 * reads and writes go straight between the drive and the caller's direct
 * buffer.
 */
/* The GNU strerror_r, which returns the text. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <jni.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mtio.h>
#include <unistd.h>

#include "org_drs_tape_NativeTape.h"

/* The operations by their position in org.drs.tape.TapeOperation, which lists
 * them in this order. */
static const struct {
  short op;
  const char *name;
} OPERATIONS[] = {
    {MTREW, "MTREW"},   {MTWEOF, "MTWEOF"}, {MTFSF, "MTFSF"},       {MTBSF, "MTBSF"},
    {MTFSR, "MTFSR"},   {MTBSR, "MTBSR"},   {MTEOM, "MTEOM"},       {MTSETBLK, "MTSETBLK"},
    {MTOFFL, "MTOFFL"}, {MTLOCK, "MTLOCK"}, {MTUNLOCK, "MTUNLOCK"},
};
enum { OPERATION_COUNT = sizeof OPERATIONS / sizeof OPERATIONS[0] };

/* The open flags by the position of org.drs.tape.TapeDrive.Access: read-only,
 * read-write, and status only, which O_NONBLOCK lets succeed with no tape in
 * the drive. */
static const int ACCESS_FLAGS[] = {O_RDONLY, O_RDWR, O_RDONLY | O_NONBLOCK};

static jclass failure_class;
static jmethodID failure_constructor;

JNIEXPORT jint JNI_OnLoad(JavaVM *vm, void *reserved) {
  JNIEnv *env;
  (void)reserved;
  if ((*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_1_8) != JNI_OK) return JNI_ERR;
  jclass local = (*env)->FindClass(env, "org/drs/tape/SystemCallFailure");
  if (local == NULL) return JNI_ERR;
  failure_class = (*env)->NewGlobalRef(env, local);
  (*env)->DeleteLocalRef(env, local);
  if (failure_class == NULL) return JNI_ERR;
  failure_constructor =
      (*env)->GetMethodID(env, failure_class, "<init>", "(Ljava/lang/String;ILjava/lang/String;)V");
  if (failure_constructor == NULL) {
    (*env)->DeleteGlobalRef(env, failure_class);
    return JNI_ERR;
  }
  return JNI_VERSION_1_8;
}

JNIEXPORT void JNI_OnUnload(JavaVM *vm, void *reserved) {
  JNIEnv *env;
  (void)reserved;
  if ((*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_1_8) == JNI_OK) {
    (*env)->DeleteGlobalRef(env, failure_class);
  }
}

/* Throws SystemCallFailure for a call that failed with the given errno. */
static void throw_failure(JNIEnv *env, const char *call, int error) {
  char text[256];
  const char *message = strerror_r(error, text, sizeof text);
  jstring jcall = (*env)->NewStringUTF(env, call);
  jstring jtext = (*env)->NewStringUTF(env, message);
  if (jcall != NULL && jtext != NULL) {
    jobject failure =
        (*env)->NewObject(env, failure_class, failure_constructor, jcall, (jint)error, jtext);
    if (failure != NULL) (*env)->Throw(env, failure);
  }
}

#define THROW_ERRNO(env, call) throw_failure((env), (call), errno)

static void throw_argument(JNIEnv *env, const char *message) {
  jclass type = (*env)->FindClass(env, "java/lang/IllegalArgumentException");
  if (type != NULL) (*env)->ThrowNew(env, type, message);
}

/* A tape ioctl, retried when a signal interrupts it; false, with the failure
 * thrown, on error. */
static int tape_ioctl(JNIEnv *env, int fd, unsigned long request, void *argument,
                      const char *call) {
  int result;
  do {
    result = ioctl(fd, request, argument);
  } while (result < 0 && errno == EINTR);
  if (result < 0) THROW_ERRNO(env, call);
  return result >= 0;
}

JNIEXPORT jint JNICALL Java_org_drs_tape_NativeTape_open(JNIEnv *env, jclass type, jstring path,
                                                         jint access) {
  (void)type;
  if (access < 0 || access >= (jint)(sizeof ACCESS_FLAGS / sizeof ACCESS_FLAGS[0])) {
    throw_argument(env, "no such access");
    return -1;
  }
  const char *native_path = (*env)->GetStringUTFChars(env, path, NULL);
  if (native_path == NULL) return -1;
  int fd;
  do {
    fd = open(native_path, ACCESS_FLAGS[access] | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  int error = errno;
  (*env)->ReleaseStringUTFChars(env, path, native_path);
  if (fd < 0) {
    throw_failure(env, "open", error);
    return -1;
  }
  /* A regular file opens too: asking for the status tells a drive from anything
   * else. */
  struct mtget status;
  int asked;
  do {
    asked = ioctl(fd, MTIOCGET, &status);
  } while (asked < 0 && errno == EINTR);
  if (asked < 0) {
    error = errno;
    close(fd);
    throw_failure(env, "ioctl MTIOCGET", error);
    return -1;
  }
  return fd;
}

JNIEXPORT void JNICALL Java_org_drs_tape_NativeTape_close(JNIEnv *env, jclass type, jint fd) {
  (void)type;
  /* Not retried: on Linux the descriptor is gone even when close reports EINTR.
   */
  if (close(fd) < 0) THROW_ERRNO(env, "close");
}

JNIEXPORT void JNICALL Java_org_drs_tape_NativeTape_operate(JNIEnv *env, jclass type, jint fd,
                                                            jint operation, jint count) {
  char call[32];
  (void)type;
  if (operation < 0 || operation >= OPERATION_COUNT) {
    throw_argument(env, "no such tape operation");
    return;
  }
  struct mtop op = {.mt_op = OPERATIONS[operation].op, .mt_count = count};
  strcpy(call, "ioctl ");
  strcat(call, OPERATIONS[operation].name);
  tape_ioctl(env, fd, MTIOCTOP, &op, call);
}

JNIEXPORT jstring JNICALL Java_org_drs_tape_NativeTape_operationName(JNIEnv *env, jclass type,
                                                                     jint operation) {
  (void)type;
  if (operation < 0 || operation >= OPERATION_COUNT) return NULL;
  return (*env)->NewStringUTF(env, OPERATIONS[operation].name);
}

JNIEXPORT void JNICALL Java_org_drs_tape_NativeTape_status(JNIEnv *env, jclass type, jint fd,
                                                           jlongArray into) {
  struct mtget status;
  (void)type;
  if ((*env)->GetArrayLength(env, into) < 6) {
    throw_argument(env, "the status needs six elements");
    return;
  }
  if (!tape_ioctl(env, fd, MTIOCGET, &status, "ioctl MTIOCGET")) return;
  jlong values[6] = {status.mt_type,  status.mt_dsreg,  status.mt_gstat,
                     status.mt_erreg, status.mt_fileno, status.mt_blkno};
  (*env)->SetLongArrayRegion(env, into, 0, 6, values);
}

JNIEXPORT jlong JNICALL Java_org_drs_tape_NativeTape_position(JNIEnv *env, jclass type, jint fd) {
  struct mtpos position;
  (void)type;
  return tape_ioctl(env, fd, MTIOCPOS, &position, "ioctl MTIOCPOS") ? (jlong)position.mt_blkno : -1;
}

/* The bytes of a direct buffer from offset on, or NULL with
 * IllegalArgumentException thrown. */
static char *direct_bytes(JNIEnv *env, jobject buffer, jint offset, jint length) {
  char *address = (*env)->GetDirectBufferAddress(env, buffer);
  jlong capacity = (*env)->GetDirectBufferCapacity(env, buffer);
  if (address == NULL || offset < 0 || length < 0 || (jlong)offset + length > capacity) {
    throw_argument(env, "not a direct buffer with that many bytes");
    return NULL;
  }
  return address + offset;
}

JNIEXPORT jint JNICALL Java_org_drs_tape_NativeTape_read(JNIEnv *env, jclass type, jint fd,
                                                         jobject buffer, jint offset, jint length) {
  (void)type;
  char *bytes = direct_bytes(env, buffer, offset, length);
  if (bytes == NULL) return -1;
  ssize_t done;
  do {
    done = read(fd, bytes, (size_t)length);
  } while (done < 0 && errno == EINTR);
  if (done < 0) THROW_ERRNO(env, "read");
  return (jint)done;
}

JNIEXPORT jint JNICALL Java_org_drs_tape_NativeTape_write(JNIEnv *env, jclass type, jint fd,
                                                          jobject buffer, jint offset,
                                                          jint length) {
  (void)type;
  char *bytes = direct_bytes(env, buffer, offset, length);
  if (bytes == NULL) return -1;
  ssize_t done;
  do {
    done = write(fd, bytes, (size_t)length);
  } while (done < 0 && errno == EINTR);
  if (done < 0) THROW_ERRNO(env, "write");
  return (jint)done;
}
