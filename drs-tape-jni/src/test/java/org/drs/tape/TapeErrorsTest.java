package org.drs.tape;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Each errno the driver answers with, mapped to its exception; TapeDriveTest meets most of them
 * from the emulated drive, and this covers the ones a drive gives only in trouble (EIO at open).
 */
class TapeErrorsTest {

  private static final Path DEVICE = Path.of("/dev/nst0");

  @Test
  void atOpen() {
    assertThat(TapeErrors.atOpen(DEVICE, failure("open", TapeErrors.EIO)))
        .as("EIO at open: the drive is not ready")
        .isInstanceOf(NoMediumException.class);
    assertThat(TapeErrors.atOpen(DEVICE, failure("open", TapeErrors.ENOMEDIUM)))
        .isInstanceOf(NoMediumException.class);
    assertThat(TapeErrors.atOpen(DEVICE, failure("open", TapeErrors.EACCES)))
        .as("EACCES at open: the file's permissions, not the tape's tab")
        .isExactlyInstanceOf(TapeException.class)
        .hasMessageContaining("group tape");
    assertThat(TapeErrors.atOpen(DEVICE, failure("open", TapeErrors.EROFS)))
        .isInstanceOf(WriteProtectedException.class);
    assertThat(TapeErrors.atOpen(DEVICE, failure("open", TapeErrors.EBUSY)))
        .isInstanceOf(DriveBusyException.class);
    assertThat(TapeErrors.atOpen(DEVICE, failure("ioctl MTIOCGET", TapeErrors.ENOTTY)))
        .isInstanceOf(NotATapeException.class);
  }

  @Test
  void afterOpening() {
    assertThat(TapeErrors.during(DEVICE, failure("write", TapeErrors.EACCES)))
        .isInstanceOf(WriteProtectedException.class)
        .hasMessage(
            "The tape in /dev/nst0 is write-protected: slide its write-protect tab back, or load"
                + " another tape (write: text of errno 13)");
    assertThat(TapeErrors.during(DEVICE, failure("write", TapeErrors.ENOSPC)))
        .isInstanceOf(EndOfMediumException.class);
    assertThat(TapeErrors.during(DEVICE, failure("ioctl MTFSF", TapeErrors.EIO)))
        .isInstanceOf(TapeIoException.class)
        .hasMessageContaining("I/O error")
        .hasMessageEndingWith("(ioctl MTFSF: text of errno 5)");
    assertThat(TapeErrors.during(DEVICE, failure("read", TapeErrors.ENOMEDIUM)))
        .isInstanceOf(NoMediumException.class);
    assertThat(TapeErrors.atRead(DEVICE, failure("read", TapeErrors.ENOMEM), 4096))
        .isInstanceOf(BlockTooLargeException.class)
        .hasMessageContaining("4096 bytes");
    assertThat(TapeErrors.during(DEVICE, failure("ioctl MTSETBLK", 22)))
        .isExactlyInstanceOf(TapeException.class)
        .hasMessage("The tape drive /dev/nst0 failed (ioctl MTSETBLK: text of errno 22)")
        .extracting(TapeException::errno)
        .isEqualTo(22);
  }

  private static SystemCallFailure failure(String call, int errno) {
    return new SystemCallFailure(call, errno, "text of errno " + errno);
  }
}
