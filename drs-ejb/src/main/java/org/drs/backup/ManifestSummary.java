package org.drs.backup;

import java.io.Serializable;
import java.util.List;

/** What a manifest says of its set: overall status and each feature with version and status. */
public record ManifestSummary(String server, String status, List<FeatureSummary> features)
    implements Serializable {

  /** One feature of a set. */
  public record FeatureSummary(String name, String version, String status)
      implements Serializable {}

  /** The features an administrator chose, without DRS's own. */
  public String featureNames() {
    return String.join(
        ", ",
        features.stream()
            .map(FeatureSummary::name)
            .filter(name -> !org.drs.registration.RegistrationCatalog.DRS_FEATURE.equals(name))
            .toList());
  }
}
