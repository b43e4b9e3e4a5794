package org.drs.agent;

/**
 * The text of one file a restore staged, which the Master Agent reads rather than the Local Agent
 * acting on it: DRS's own settings files.
 *
 * @param text the file's content, or null when the staged archive held no such file
 */
public record StagedText(String fileName, String text) {}
