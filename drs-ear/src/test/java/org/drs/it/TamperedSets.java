package org.drs.it;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Backup sets in a local device directory changed the ways a broken or hostile device could change
 * them: a byte altered, a file cut short, a manifest gone, or a component file replaced by another
 * archive whose size and hash are written into the manifest, so that only the entry checks stand
 * between it and the server.
 */
final class TamperedSets {

  private TamperedSets() {}

  /** One tar entry of a hand-made archive. */
  record Entry(TarArchiveEntry header, byte[] content) {

    static Entry file(String name, String content) {
      byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry header = new TarArchiveEntry(name, true);
      header.setSize(bytes.length);
      return new Entry(header, bytes);
    }

    static Entry link(String name, String target, byte type) {
      TarArchiveEntry header = new TarArchiveEntry(name, type, true);
      header.setLinkName(target);
      return new Entry(header, new byte[0]);
    }

    static Entry special(String name, byte type) {
      return new Entry(new TarArchiveEntry(name, type, true), new byte[0]);
    }
  }

  static void alterByte(Path file, int position) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    bytes[position] ^= 0x55;
    Files.write(file, bytes);
  }

  static void truncate(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
  }

  /** Replaces a component file by a zstd tar of the entries and records it in the manifest. */
  static void replace(Path device, Path componentFile, Entry... entries) throws Exception {
    ByteArrayOutputStream tarStream = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(tarStream)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Entry entry : entries) {
        tar.putArchiveEntry(entry.header());
        tar.write(entry.content());
        tar.closeArchiveEntry();
      }
    }
    replaceRaw(device, componentFile, tarStream.toByteArray(), tarStream.size());
  }

  /**
   * Replaces a component file by these tar bytes, compressed with zstd, and records its size and
   * hash in the manifest, with the given tar stream size as its contentSize.
   */
  static void replaceRaw(Path device, Path componentFile, byte[] tar, long contentSize)
      throws Exception {
    ByteArrayOutputStream archive = new ByteArrayOutputStream();
    try (ZstdOutputStream zstd = new ZstdOutputStream(archive)) {
      zstd.write(tar);
    }
    Files.write(componentFile, archive.toByteArray());
    Path manifest = BackupSets.onlyFile(device, "_drfComponent.xml");
    String name = Pattern.quote(componentFile.getFileName().toString());
    Matcher component =
        Pattern.compile(
                "file=\"" + name + "\" size=\"\\d+\" sha256=\"[0-9a-f]+\"( contentSize=\"\\d+\")?")
            .matcher(Files.readString(manifest));
    if (!component.find()) {
      throw new AssertionError("The manifest does not list " + componentFile.getFileName());
    }
    Files.writeString(
        manifest,
        component.replaceFirst(
            Matcher.quoteReplacement(
                "file=\""
                    + componentFile.getFileName()
                    + "\" size=\""
                    + Files.size(componentFile)
                    + "\" sha256=\""
                    + BackupSets.sha256(componentFile)
                    + "\" contentSize=\""
                    + contentSize
                    + "\"")));
  }

  /** Rewrites the manifest's set name, as a hostile device could. */
  static void recordSetName(Path device, String setName) throws Exception {
    Path manifest = BackupSets.onlyFile(device, "_drfComponent.xml");
    Files.writeString(
        manifest,
        Files.readString(manifest).replaceFirst("set=\"[^\"]+\"", "set=\"" + setName + "\""));
  }

  /** Makes the manifest say the feature was backed up at another version. */
  static void recordVersion(Path device, String feature, String version) throws Exception {
    Path manifest = BackupSets.onlyFile(device, "_drfComponent.xml");
    Files.writeString(
        manifest,
        Files.readString(manifest)
            .replaceFirst(
                "name=\"" + feature + "\" version=\"[^\"]+\"",
                "name=\"" + feature + "\" version=\"" + version + "\""));
  }
}
