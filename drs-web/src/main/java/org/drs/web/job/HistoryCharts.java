package org.drs.web.job;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.drs.job.JobComponent;
import org.drs.job.JobRecord;

/**
 * The History pages' charts, as Chart.js configurations for PrimeFaces' {@code p:chart}: the size
 * and the duration of each job that ran, oldest first, labelled with its start in the server's
 * zone. Built with JSON-P, so no set or device name can break out of the JSON.
 *
 * @param size the size each job wrote (a backup) or read back (a restore), in MiB
 * @param duration how long each job took, in minutes
 */
public record HistoryCharts(String size, String duration) implements Serializable {

  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.systemDefault());
  private static final double MIB = 1024.0 * 1024.0;

  /** Both charts of the jobs, oldest first. */
  public static HistoryCharts of(List<JobRecord> oldestFirst) {
    return new HistoryCharts(size(oldestFirst), duration(oldestFirst));
  }

  private static String size(List<JobRecord> oldestFirst) {
    return line(
        oldestFirst,
        "Size (MiB)",
        "#2563eb",
        job ->
            job.getComponents().stream()
                    .map(JobComponent::getBytes)
                    .mapToLong(bytes -> bytes == null ? 0 : bytes)
                    .sum()
                / MIB);
  }

  private static String duration(List<JobRecord> oldestFirst) {
    return line(
        oldestFirst,
        "Duration (minutes)",
        "#b45309",
        job -> Duration.between(job.getStartedAt(), job.getEndedAt()).toMillis() / 60_000.0);
  }

  private static String line(
      List<JobRecord> jobs, String label, String colour, ToDoubleFunction<JobRecord> value) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (JobRecord job : jobs) {
      labels.add(LABEL.format(job.getStartedAt()));
      values.add(Math.round(value.applyAsDouble(job) * 100) / 100.0);
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", label)
                                .add("data", values)
                                .add("borderColor", colour)
                                .add("backgroundColor", colour)
                                .add("tension", 0.2))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }
}
