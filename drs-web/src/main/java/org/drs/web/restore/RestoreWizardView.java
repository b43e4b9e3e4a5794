package org.drs.web.restore;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.drs.backup.ManifestSummary.FeatureSummary;
import org.drs.common.RefusedException;
import org.drs.device.BackupDeviceService;
import org.drs.job.Origin;
import org.drs.registration.RegistrationCatalog;
import org.drs.restore.RestorableSet;
import org.drs.restore.RestoreChoice;
import org.drs.restore.RestorePreview;
import org.drs.restore.RestoreRequest;
import org.drs.restore.RestoreService;
import org.drs.web.common.Messages;
import org.drs.web.device.DeviceChoices;
import org.primefaces.event.FlowEvent;

/**
 * The Restore Wizard, one screen per step as the guide walks through it: device, backup set,
 * features, server, then a summary of what will be overwritten. Each step is checked before Next;
 * Back always works and keeps the choices.
 */
@Named
@ViewScoped
public class RestoreWizardView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<String> STEPS =
      List.of("device", "set", "features", "server", "summary");
  private static final DateTimeFormatter SET_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(ZoneId.systemDefault());

  @EJB private RestoreService restores;
  @EJB private BackupDeviceService devices;

  private Map<String, Long> deviceChoices;
  private Long device;
  private List<RestorableSet> sets = List.of();
  private String set;
  private List<String> features = new ArrayList<>();
  private List<String> servers = List.of();
  private String server;
  private RestorePreview preview;

  @PostConstruct
  void init() {
    deviceChoices = DeviceChoices.of(devices.list());
    servers = restores.servers();
  }

  /** PrimeFaces asks before every step change: a step that is not complete stays. */
  public String onFlowProcess(FlowEvent event) {
    String from = event.getOldStep();
    String to = event.getNewStep();
    if (STEPS.indexOf(to) < STEPS.indexOf(from)) {
      return to;
    }
    boolean complete =
        switch (from) {
          case "device" -> deviceChosen();
          case "set" -> setChosen();
          case "features" -> featuresChosen();
          case "server" -> serverChosen();
          default -> true;
        };
    return complete ? to : from;
  }

  private boolean deviceChosen() {
    if (device == null) {
      Messages.error(null, "Select the backup device that holds the backup.");
      return false;
    }
    try {
      sets = restores.sets(device);
    } catch (RefusedException e) {
      Messages.refused(e);
      return false;
    }
    if (sets.isEmpty()) {
      Messages.error(null, "This device holds no backup set: choose another device.");
      return false;
    }
    if (chosenSet() == null) {
      set = sets.get(0).key();
    }
    return true;
  }

  private boolean setChosen() {
    if (chosenSet() == null) {
      Messages.error(null, "Select the date and time of the backup to restore.");
      return false;
    }
    List<String> restorable = getFeatureChoices().values().stream().toList();
    features = new ArrayList<>(features.stream().filter(restorable::contains).toList());
    return true;
  }

  private boolean featuresChosen() {
    if (features.isEmpty()) {
      Messages.error(null, "Select at least one feature to restore.");
      return false;
    }
    // The version and registration checks, made now so that Next stops at the feature in question.
    try {
      RestorePreview check = restores.preview(choice(servers.get(0)));
      check.problems().forEach(problem -> Messages.error(null, problem));
      if (!check.restorable()) {
        return false;
      }
    } catch (RefusedException e) {
      Messages.refused(e);
      return false;
    }
    if (server == null) {
      String original = chosenSet().manifest().server();
      server = servers.contains(original) ? original : servers.get(0);
    }
    return true;
  }

  private boolean serverChosen() {
    if (server == null) {
      Messages.error(null, "Select the server to restore.");
      return false;
    }
    try {
      preview = restores.preview(choice(server));
    } catch (RefusedException e) {
      Messages.refused(e);
      return false;
    }
    return true;
  }

  /** Restore: starts the job after the same checks, and shows its status. */
  public String restore() {
    try {
      restores.start(new RestoreRequest(choice(server), Origin.PAGE));
      return "/restore/status?faces-redirect=true";
    } catch (RefusedException e) {
      Messages.refused(e);
      return null;
    }
  }

  private RestoreChoice choice(String target) {
    RestorableSet chosen = chosenSet();
    return new RestoreChoice(
        device, chosen.manifest().set(), chosen.manifest().server(), List.copyOf(features), target);
  }

  private RestorableSet chosenSet() {
    return sets.stream().filter(s -> s.key().equals(set)).findFirst().orElse(null);
  }

  public Map<String, Long> getDeviceChoices() {
    return deviceChoices;
  }

  /** Each set by its date and time in the server's zone, with result, size and features. */
  public Map<String, String> getSetChoices() {
    Map<String, String> choices = new LinkedHashMap<>();
    for (RestorableSet candidate : sets) {
      choices.put(
          SET_TIME.format(candidate.manifest().start())
              + " — "
              + candidate.manifest().status()
              + ", "
              + megabytes(candidate.bytes())
              + ", server "
              + candidate.manifest().server()
              + ", "
              + versions(candidate.restorableFeatures()),
          candidate.key());
    }
    return choices;
  }

  /** The chosen set's features that have something to restore, with the versions recorded. */
  public Map<String, String> getFeatureChoices() {
    RestorableSet chosen = chosenSet();
    Map<String, String> choices = new LinkedHashMap<>();
    if (chosen != null) {
      for (FeatureSummary feature : chosen.restorableFeatures()) {
        String label =
            RegistrationCatalog.DRS_FEATURE.equals(feature.name())
                ? "DRS settings: backup devices and schedules (DRS " + feature.version() + ")"
                : feature.name() + " " + feature.version() + " (" + feature.status() + ")";
        choices.put(label, feature.name());
      }
    }
    return choices;
  }

  /** The set's own server, for the server step's explanation. */
  public String getSetServer() {
    RestorableSet chosen = chosenSet();
    return chosen == null ? "" : chosen.manifest().server();
  }

  public String getSetTime() {
    RestorableSet chosen = chosenSet();
    return chosen == null ? "" : SET_TIME.format(chosen.manifest().start());
  }

  private static String versions(List<FeatureSummary> features) {
    return features.stream()
        .map(f -> f.name() + " " + f.version())
        .collect(Collectors.joining(", "));
  }

  public static String megabytes(long bytes) {
    return String.format("%.1f MB", bytes / 1048576.0);
  }

  public String getStagingNeeded() {
    return preview == null ? "" : megabytes(preview.stagingBytes());
  }

  public String getStagingFree() {
    return preview == null ? "" : megabytes(preview.freeStagingBytes());
  }

  public Long getDevice() {
    return device;
  }

  public void setDevice(Long device) {
    this.device = device;
  }

  public String getSet() {
    return set;
  }

  public void setSet(String set) {
    this.set = set;
  }

  public List<String> getFeatures() {
    return features;
  }

  public void setFeatures(List<String> features) {
    this.features = features;
  }

  public List<String> getServers() {
    return servers;
  }

  public String getServer() {
    return server;
  }

  public void setServer(String server) {
    this.server = server;
  }

  public RestorePreview getPreview() {
    return preview;
  }
}
