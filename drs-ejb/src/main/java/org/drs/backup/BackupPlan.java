package org.drs.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.drs.alarm.AlarmName;
import org.drs.archive.Compression;
import org.drs.device.BackupDevice;
import org.drs.job.JobComponent;
import org.drs.job.JobKind;
import org.drs.job.JobRecord;
import org.drs.job.JobSteps;
import org.drs.registration.ComponentRegistration;
import org.drs.registration.FeatureRegistration;
import org.drs.registration.RegistrationCatalog;

/**
 * What one backup will do: the DRS feature (its PLATFORM component carries DRS's settings) and then
 * the chosen features, each component in registration order.
 */
public final class BackupPlan {

  private final List<FeatureRegistration> features;

  private BackupPlan(List<FeatureRegistration> features) {
    this.features = features;
  }

  /**
   * @throws BackupRefusedException with the alarm the guide gives it, when nothing or an empty
   *     feature was chosen
   */
  public static BackupPlan of(RegistrationCatalog catalog, List<String> chosen) {
    if (chosen == null || chosen.isEmpty()) {
      throw new BackupRefusedException(
          AlarmName.CiscoDRFNoRegisteredFeature,
          "No feature was selected for backup: select at least one feature.");
    }
    List<FeatureRegistration> features = new ArrayList<>();
    features.add(catalog.feature(RegistrationCatalog.DRS_FEATURE).orElseThrow());
    for (String name : chosen) {
      FeatureRegistration feature =
          catalog
              .feature(name)
              .filter(f -> !f.components().isEmpty())
              .orElseThrow(
                  () ->
                      new BackupRefusedException(
                          AlarmName.CiscoDRFNoRegisteredComponent,
                          "Feature "
                              + name
                              + " has no registered components on this server, so the backup"
                              + " failed: check its descriptor on the Registration page."));
      if (!features.contains(feature)) {
        features.add(feature);
      }
    }
    return new BackupPlan(List.copyOf(features));
  }

  public String setName(Instant start) {
    return SetNames.set(start);
  }

  public JobRecord toJob(
      Instant start,
      String server,
      BackupDevice device,
      String startedBy,
      Path log,
      Compression compression,
      Function<ComponentRegistration, Long> sourceBytes) {
    String set = setName(start);
    JobRecord job =
        new JobRecord(
            JobKind.BACKUP,
            set,
            server,
            device.getId(),
            device.getName(),
            features.stream()
                .map(FeatureRegistration::name)
                .filter(f -> !RegistrationCatalog.DRS_FEATURE.equals(f))
                .collect(Collectors.joining(", ")),
            startedBy,
            start,
            log.toString());
    int position = 0;
    for (FeatureRegistration feature : features) {
      for (ComponentRegistration component : feature.components()) {
        job.addComponent(
            new JobComponent(
                position++,
                feature.name(),
                feature.version(),
                component.name(),
                SetNames.componentFile(
                    set, server, feature.name(), component.name(), compression.extension()),
                sourceBytes.apply(component)));
      }
    }
    return job;
  }

  /** The job XML steps of a planned job: one per component, named after it. */
  public static List<JobSteps.Step> steps(JobRecord job) {
    return JobSteps.forComponents(job, "");
  }
}
