package org.drs.alarm;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.drs.common.DrsSettings;

/**
 * Keeps the alarm log bounded: every night it removes alarms older than the configured retention.
 * The timer is persistent, so it lives in the DRS database with the other timers and a restart
 * neither loses nor duplicates it.
 */
@Singleton
public class AlarmRetention {

  static final String TIMER_INFO = "drs-alarm-retention";
  private static final Logger TRACE = Logger.getLogger(AlarmRetention.class.getName());

  @EJB private AlarmService alarms;
  @Inject private DrsSettings settings;

  @Schedule(hour = "3", minute = "15", persistent = true, info = TIMER_INFO)
  void removeExpiredAlarms() {
    int days = settings.alarmRetentionDays();
    int removed = alarms.removeRaisedBefore(Instant.now().minus(Duration.ofDays(days)));
    TRACE.info("Alarm retention removed " + removed + " alarms older than " + days + " days");
  }
}
