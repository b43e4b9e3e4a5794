package org.drs.jmx;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.MBeanNotificationInfo;
import javax.management.Notification;
import javax.management.NotificationBroadcasterSupport;
import org.drs.alarm.AlarmName;
import org.drs.alarm.AlarmRaised;
import org.drs.job.JobRecord;
import org.drs.job.JobResult;
import org.drs.job.JobStateChanged;
import org.drs.job.ProgressReport;

/**
 * Sends DRS's JMX notifications, once what they report is committed: every alarm (type: the alarm's
 * name, e.g. {@code CiscoDRFBackupFailure}) and every job state change (type: {@code
 * drs.job.running}, {@code drs.job.success}, {@code drs.job.failed}, …; user data: the job id), and
 * a running job's progress at most once a second ({@code drs.job.progress}). Nothing secret is in
 * them: alarm details and job messages never hold passwords.
 */
@ApplicationScoped
public class JmxNotifications extends NotificationBroadcasterSupport {

  static final String JOB_PREFIX = "drs.job.";
  static final String PROGRESS = JOB_PREFIX + "progress";

  private final AtomicLong sequence = new AtomicLong();

  public JmxNotifications() {
    super(info());
  }

  void alarmRaised(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlarmRaised alarm) {
    Notification notification =
        new Notification(
            alarm.name().name(),
            DisasterRecoveryRegistration.OBJECT_NAME,
            sequence.incrementAndGet(),
            alarm.raisedAt().toEpochMilli(),
            alarm.detail());
    notification.setUserData(alarm.context().jobId());
    sendNotification(notification);
  }

  void jobStateChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobStateChanged change) {
    Notification notification =
        new Notification(
            type(change.state()),
            DisasterRecoveryRegistration.OBJECT_NAME,
            sequence.incrementAndGet(),
            change.kind()
                + " job "
                + change.jobId()
                + " "
                + change.state()
                + (change.message() == null ? "" : ": " + change.message()));
    notification.setUserData(change.jobId());
    sendNotification(notification);
  }

  /** A running job's progress; its user data is a {@link ProgressData} composite. */
  void progress(JobRecord job, ProgressReport report) {
    Notification notification =
        new Notification(
            PROGRESS,
            DisasterRecoveryRegistration.OBJECT_NAME,
            sequence.incrementAndGet(),
            job.getKind()
                + " job "
                + job.getId()
                + " "
                + report.percentage()
                + "% "
                + report.currentComponent());
    notification.setUserData(ProgressData.of(job, report));
    sendNotification(notification);
  }

  static String type(JobResult state) {
    return JOB_PREFIX + state.name().toLowerCase(Locale.ROOT);
  }

  private static MBeanNotificationInfo[] info() {
    String[] alarms = Arrays.stream(AlarmName.values()).map(Enum::name).toArray(String[]::new);
    String[] states =
        Arrays.stream(JobResult.values()).map(JmxNotifications::type).toArray(String[]::new);
    return new MBeanNotificationInfo[] {
      new MBeanNotificationInfo(alarms, Notification.class.getName(), "An alarm of DRS"),
      new MBeanNotificationInfo(states, Notification.class.getName(), "A job's state changed"),
      new MBeanNotificationInfo(
          new String[] {PROGRESS},
          Notification.class.getName(),
          "A running job's progress, at most once a second")
    };
  }
}
