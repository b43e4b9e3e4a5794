package org.drs.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.drs.alarm.AlarmName;
import org.drs.alarm.AlarmRaised;
import org.drs.alarm.AlarmTraceLine;

/**
 * Mails every alarm to the addresses in {@code drs.alarm.mail.to}, through the mail session {@code
 * java:jboss/mail/drs}, when configure-alarm-mail.cli configured both; without them it does
 * nothing. At most one mail per alarm name per job, so that a job whose ten components fail sends
 * one mail and not ten; an alarm of no job (a device check, a schedule) at most once an hour per
 * name. Mails go out on a thread of their own, after the alarm is committed, so a slow mail server
 * never holds up a job. What was sent is remembered in memory: a restart may send one more.
 */
@ApplicationScoped
public class AlarmMail {

  static final String SESSION = "java:jboss/mail/drs";
  static final String RECIPIENTS = "drs.alarm.mail.to";
  static final Duration WITHOUT_JOB_EVERY = Duration.ofHours(1);
  private static final int JOBS_REMEMBERED = 1000;
  private static final String TIMEOUT_MILLIS = "30000";
  private static final List<String> TIMEOUTS =
      List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout");
  private static final Logger TRACE = Logger.getLogger(AlarmMail.class.getName());

  @Resource(lookup = MonitoringService.EXECUTOR)
  private ManagedExecutorService executor;

  /** Alarm names mailed per job, the oldest jobs forgotten first. */
  private final Map<Long, Set<AlarmName>> mailedForJob =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Set<AlarmName>> eldest) {
          return size() > JOBS_REMEMBERED;
        }
      };

  /** When each alarm name of no job was last mailed. */
  private final Map<AlarmName, Instant> mailedWithoutJob = new EnumMap<>(AlarmName.class);

  void alarmRaised(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlarmRaised alarm) {
    Optional<Session> session = session();
    String recipients = System.getProperty(RECIPIENTS, "").strip();
    if (session.isEmpty() || recipients.isEmpty() || !due(alarm, Instant.now())) {
      return;
    }
    executor.execute(() -> send(session.get(), recipients, alarm));
  }

  /** Whether this alarm is the first of its name for its job, or for no job within the hour. */
  synchronized boolean due(AlarmRaised alarm, Instant now) {
    Long job = alarm.context().jobId();
    if (job != null) {
      return mailedForJob
          .computeIfAbsent(job, id -> EnumSet.noneOf(AlarmName.class))
          .add(alarm.name());
    }
    Instant last = mailedWithoutJob.get(alarm.name());
    if (last != null && last.plus(WITHOUT_JOB_EVERY).isAfter(now)) {
      return false;
    }
    mailedWithoutJob.put(alarm.name(), now);
    return true;
  }

  private static Optional<Session> session() {
    try {
      return Optional.of((Session) new InitialContext().lookup(SESSION));
    } catch (NamingException notConfigured) {
      TRACE.fine(
          () -> "No mail session " + SESSION + ": alarms are not mailed (" + notConfigured + ")");
      return Optional.empty();
    }
  }

  private static void send(Session session, String recipients, AlarmRaised alarm) {
    // Jakarta Mail waits for ever by default: a mail server that stalls would hold the thread.
    TIMEOUTS.forEach(name -> session.getProperties().putIfAbsent(name, TIMEOUT_MILLIS));
    try {
      MimeMessage message = new MimeMessage(session);
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipients, true));
      message.setSentDate(Date.from(alarm.raisedAt()));
      message.setSubject(subject(alarm), "UTF-8");
      message.setText(body(alarm), "UTF-8");
      Transport.send(message);
    } catch (AddressException e) {
      TRACE.warning(
          "Alarm "
              + alarm.name()
              + " was not mailed: "
              + RECIPIENTS
              + " is not a list of addresses ("
              + e.getMessage()
              + "); correct it with jboss-cli");
    } catch (MessagingException | RuntimeException e) {
      TRACE.log(Level.WARNING, "Alarm " + alarm.name() + " could not be mailed", e);
    }
  }

  static String subject(AlarmRaised alarm) {
    String server = alarm.context().server();
    return "DRS alarm "
        + alarm.name()
        + (server == null ? "" : " on " + server)
        + ": "
        + alarm.name().description();
  }

  /** The alarm line's fields, one per line, then the line itself for tools that parse it. */
  static String body(AlarmRaised alarm) {
    AlarmName name = alarm.name();
    return "Alarm:     "
        + name
        + "\nMeaning:   "
        + name.description()
        + "\nTime:      "
        + alarm.raisedAt()
        + "\nJob:       "
        + orDash(alarm.context().jobId())
        + "\nServer:    "
        + orDash(alarm.context().server())
        + "\nComponent: "
        + orDash(alarm.context().component())
        + "\nDetail:    "
        + alarm.detail()
        + "\n\n"
        + AlarmTraceLine.of(alarm)
        + "\n";
  }

  private static String orDash(Object value) {
    return value == null ? "-" : value.toString();
  }
}
