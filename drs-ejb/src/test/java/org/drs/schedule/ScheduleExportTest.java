package org.drs.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleExportTest {

  @TempDir Path directory;

  @Test
  void exportedSchedulesReadBackAsTheyWere() throws IOException {
    List<ImportedSchedule> schedules =
        List.of(
            new ImportedSchedule(
                "default",
                null,
                List.of("DEMO"),
                LocalDateTime.parse("2027-01-05T02:00"),
                ZoneId.of("Europe/Berlin"),
                Frequency.WEEKLY,
                Schedule.SET_DEFAULT_DAYS,
                false),
            new ImportedSchedule(
                "Nightly NAS",
                "Office NAS",
                List.of("DEMO", "CUMA"),
                LocalDateTime.parse("2027-03-14T02:30"),
                ZoneId.of("America/New_York"),
                Frequency.DAILY,
                Set.of(),
                true));
    Path file = directory.resolve(ScheduleExport.FILE_NAME);
    try (OutputStream out = Files.newOutputStream(file)) {
      ScheduleExport.writeXml(schedules, out);
    }

    assertThat(ScheduleImport.read(file)).isEqualTo(schedules);
    assertThat(Files.readString(file))
        .contains("days=\"" + DayOfWeek.TUESDAY + ",WEDNESDAY,THURSDAY,FRIDAY,SATURDAY\"");
  }

  @Test
  void scheduleWhoseNameBreaksTheRuleIsRefused() throws IOException {
    Path file = directory.resolve(ScheduleExport.FILE_NAME);
    Files.writeString(
        file,
        "<drfSchedules xmlns=\"urn:drs:schedules:1\"><schedule name=\"../x\" features=\"DEMO\""
            + " start=\"2027-01-05T02:00\" zone=\"UTC\" frequency=\"DAILY\" days=\"\""
            + " enabled=\"true\"/></drfSchedules>");

    assertThatThrownBy(() -> ScheduleImport.read(file)).hasMessageContaining("../x");
  }
}
