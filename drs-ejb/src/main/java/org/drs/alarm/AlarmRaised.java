package org.drs.alarm;

/** An alarm was recorded (CDI event, delivered once it is committed): a JMX notification. */
public record AlarmRaised(
    AlarmName name, java.time.Instant raisedAt, AlarmContext context, String detail) {}
