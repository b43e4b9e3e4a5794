package org.drs.restore;

import org.drs.job.Origin;

/** A request to restore what the choice names, from any entry point. */
public record RestoreRequest(RestoreChoice choice, Origin origin) {}
