package org.drs.web.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.drs.common.RefusedException;
import org.drs.device.BackupDevice;
import org.drs.device.BackupDeviceService;
import org.drs.schedule.ScheduleService;
import org.drs.web.common.Messages;

/**
 * The Schedule List: the schedules with check boxes, Select All, Clear All, Enable Selected
 * Schedules, Disable Selected Schedules, Delete Selected and Add New.
 */
@Named
@ViewScoped
public class ScheduleListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ScheduleService schedules;
  @EJB private BackupDeviceService devices;

  private List<ScheduleRow> rows;
  private List<ScheduleRow> selected = new ArrayList<>();

  @PostConstruct
  void init() {
    Map<Long, String> deviceNames =
        devices.list().stream()
            .collect(Collectors.toMap(BackupDevice::getId, BackupDevice::getName));
    rows =
        schedules.list().stream()
            .map(
                s ->
                    new ScheduleRow(
                        s,
                        s.getDeviceId() == null
                            ? ""
                            : deviceNames.getOrDefault(s.getDeviceId(), ""),
                        schedules.lastRun(s.getId()).orElse(null)))
            .toList();
  }

  public String addNew() {
    return "/backup/scheduler?faces-redirect=true";
  }

  public void selectAll() {
    selected = new ArrayList<>(rows);
  }

  public void clearAll() {
    selected = new ArrayList<>();
  }

  public void enableSelected() {
    change(
        ids -> {
          schedules.setEnabled(ids, true);
          return "The selected schedules were enabled.";
        });
  }

  public void disableSelected() {
    change(
        ids -> {
          schedules.setEnabled(ids, false);
          return "The selected schedules were disabled.";
        });
  }

  public void deleteSelected() {
    change(
        ids ->
            schedules.delete(ids)
                ? "The default schedule cannot be deleted and was kept (disable it if it should not"
                    + " run); the other selected schedules were deleted."
                : "The selected schedules were deleted.");
  }

  /** Applies an action to the selected schedules; it returns what to tell the administrator. */
  private void change(Function<List<Long>, String> action) {
    if (selected.isEmpty()) {
      Messages.error(null, "Select the schedules first, or click Select All.");
      return;
    }
    try {
      Messages.info(action.apply(selected.stream().map(ScheduleRow::getId).toList()));
      selected = new ArrayList<>();
      init();
    } catch (RefusedException e) {
      Messages.refused(e);
    }
  }

  public List<ScheduleRow> getRows() {
    return rows;
  }

  public List<ScheduleRow> getSelected() {
    return selected;
  }

  public void setSelected(List<ScheduleRow> selected) {
    this.selected = selected;
  }
}
