package org.drs.registration;

import java.io.Serializable;
import java.util.List;

/**
 * A registered feature (the guide's CUMA is one): its version, which a restore must match exactly,
 * its components in backup order, and the descriptor it came from.
 */
public record FeatureRegistration(
    String name, String version, List<ComponentRegistration> components, String source)
    implements Serializable {}
