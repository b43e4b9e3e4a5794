package org.drs.storage;

/** A file of a stored set and its size in bytes. */
public record StoredFile(String name, long size) {}
