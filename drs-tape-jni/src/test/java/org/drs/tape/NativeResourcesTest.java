package org.drs.tape;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/**
 * Opening and closing a drive 10,000 times keeps no file descriptor and no native memory: the
 * descriptors are counted in /proc/self/fd, and what the JVM allocates for JNI (the path's
 * characters, exceptions' strings) in Native Memory Tracking's "Internal" and "Other" categories.
 */
class NativeResourcesTest {

  private static final Pattern CATEGORY =
      Pattern.compile("-\\s+(Internal|Other) \\(reserved=\\d+KB, committed=(\\d+)KB\\)");

  @Test
  void tenThousandOpensAndClosesKeepNoDescriptorAndNoMemory() throws Exception {
    EmulatedDrive drive = EmulatedDrive.withBlankTape();
    cycles(drive, 1_000);
    long descriptors = openDescriptors();
    long memory = nativeKilobytes();

    cycles(drive, 10_000);

    assertThat(openDescriptors()).isEqualTo(descriptors);
    assertThat(nativeKilobytes())
        .as("KB the JVM holds for natives; 10,000 leaked paths would be over 300")
        .isLessThan(memory + 64);
  }

  private static void cycles(EmulatedDrive drive, int count) throws TapeException {
    for (int i = 0; i < count; i++) {
      try (TapeDrive tape = TapeDrive.open(drive.device(), TapeDrive.Access.READ_ONLY)) {
        tape.status();
      }
    }
  }

  private static long openDescriptors() throws Exception {
    try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
      return descriptors.count();
    }
  }

  private static long nativeKilobytes() throws Exception {
    String summary =
        (String)
            ManagementFactory.getPlatformMBeanServer()
                .invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "vmNativeMemory",
                    new Object[] {new String[] {"summary"}},
                    new String[] {String[].class.getName()});
    Matcher matcher = CATEGORY.matcher(summary);
    long kilobytes = 0;
    int found = 0;
    while (matcher.find()) {
      kilobytes += Long.parseLong(matcher.group(2));
      found++;
    }
    assertThat(found).as("categories in " + summary).isEqualTo(2);
    return kilobytes;
  }
}
