package org.drs.web.alarm;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.drs.alarm.Alarm;
import org.drs.alarm.AlarmService;

/** Lists the newest alarms of the alarm log. */
@Named
@RequestScoped
public class AlarmListView {

  static final int SHOWN = 500;

  @EJB private AlarmService alarmService;

  private List<Alarm> alarms;

  @PostConstruct
  void init() {
    alarms = alarmService.newest(SHOWN);
  }

  public List<Alarm> getAlarms() {
    return alarms;
  }
}
