package org.drs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads backup sets in a local device directory the way an administrator would, with GNU tar. */
final class BackupSets {

  private BackupSets() {}

  static Path onlyFile(Path directory, String suffix) throws Exception {
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> matches = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
      assertThat(matches).as("files ending " + suffix + " in " + directory).hasSize(1);
      return matches.get(0);
    }
  }

  /**
   * Waits until the device directory holds the unfinished file of a component ({@code
   * .partial-…<suffix>…}): the job's session with the device is open and has created the file.
   */
  static void awaitPartialFile(Path directory, String suffix) {
    JobWaits.await(
        "an unfinished file " + suffix + " in " + directory,
        () -> {
          try (Stream<Path> files = Files.list(directory)) {
            return files
                .map(f -> f.getFileName().toString())
                .anyMatch(n -> n.startsWith(".partial-") && n.contains(suffix));
          }
        });
  }

  /** Extracts with GNU tar, through zstd or gzip as the file name says. */
  static Path extract(Path archive, Path into) throws Exception {
    Files.createDirectories(into);
    String decompress = archive.toString().endsWith(".gz") ? "gzip -dc '" : "zstd -dc '";
    Process tar =
        new ProcessBuilder("sh", "-c", decompress + archive + "' | tar -x -C '" + into + "'")
            .redirectErrorStream(true)
            .start();
    String output = new String(tar.getInputStream().readAllBytes());
    assertThat(tar.waitFor()).as(output).isZero();
    return into;
  }

  /** Relative path to SHA-256 of every regular file below a directory. */
  static Map<String, String> checksums(Path root) throws Exception {
    Map<String, String> sums = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        sums.put(root.relativize(file).toString(), sha256(file));
      }
    }
    return sums;
  }

  static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  static Document manifest(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  /** Every component element of a manifest. */
  static List<Element> components(Document manifest) {
    NodeList nodes = manifest.getElementsByTagNameNS("*", "component");
    return java.util.stream.IntStream.range(0, nodes.getLength())
        .mapToObj(i -> (Element) nodes.item(i))
        .toList();
  }
}
