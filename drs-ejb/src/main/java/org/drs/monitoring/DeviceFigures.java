package org.drs.monitoring;

import java.time.Instant;
import java.util.OptionalLong;
import org.drs.device.DeviceType;

/**
 * A device's free space as last measured.
 *
 * @param freeBytes empty when the device cannot tell (a tape) or did not answer
 * @param measuredAt when it answered last, null when it never did
 */
public record DeviceFigures(
    String name, DeviceType type, String path, OptionalLong freeBytes, Instant measuredAt) {}
