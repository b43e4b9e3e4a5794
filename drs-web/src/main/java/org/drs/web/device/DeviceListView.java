package org.drs.web.device;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.drs.common.RefusedException;
import org.drs.device.BackupDeviceService;
import org.drs.web.common.Messages;

/** The Backup Device List: the devices, Add New, Edit Selected and Delete Selected. */
@Named
@ViewScoped
public class DeviceListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private BackupDeviceService devices;

  private List<DeviceRow> rows;
  private List<DeviceRow> selected = new ArrayList<>();

  @PostConstruct
  void init() {
    rows = devices.list().stream().map(DeviceRow::of).toList();
  }

  public String addNew() {
    return "/backup/device?faces-redirect=true";
  }

  public String editSelected() {
    if (selected.size() != 1) {
      Messages.error(null, "Select exactly one backup device to edit.");
      return null;
    }
    return "/backup/device?faces-redirect=true&id=" + selected.get(0).getId();
  }

  public void deleteSelected() {
    if (selected.isEmpty()) {
      Messages.error(null, "Select the backup devices to delete.");
      return;
    }
    try {
      devices.delete(selected.stream().map(DeviceRow::getId).toList());
      Messages.info("Deleted " + selected.size() + " backup device(s).");
      selected = new ArrayList<>();
      init();
    } catch (RefusedException e) {
      Messages.refused(e);
    }
  }

  public List<DeviceRow> getRows() {
    return rows;
  }

  public List<DeviceRow> getSelected() {
    return selected;
  }

  public void setSelected(List<DeviceRow> selected) {
    this.selected = selected;
  }
}
