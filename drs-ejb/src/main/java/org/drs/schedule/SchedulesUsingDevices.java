package org.drs.schedule;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.drs.device.DeviceUsers;

/** A schedule keeps its backup device in use: the device cannot be deleted under it. */
@ApplicationScoped
public class SchedulesUsingDevices implements DeviceUsers {

  @EJB private ScheduleStore schedules;

  @Override
  public List<String> using(long deviceId) {
    return schedules.usingDevice(deviceId).stream().map(s -> "schedule " + s.getName()).toList();
  }
}
