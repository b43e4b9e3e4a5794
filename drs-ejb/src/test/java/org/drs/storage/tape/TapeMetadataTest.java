package org.drs.storage.tape;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tape's label and index are read from a device, so they are data from outside: every value is
 * checked, and a crafted one makes the tape hold nothing DRS would list, restore or name a file
 * after.
 */
class TapeMetadataTest {

  private static final String SET = "2026-12-05-06-00-00";
  private static final String FILE = SET + "_SERVER1_DEMO_DATA.tar.zst";
  private static final String MANIFEST = SET + "_SERVER1_drfComponent.xml";

  @Test
  void aLabelReadsBackAsWritten() {
    TapeLabel label =
        new TapeLabel(
            "DRS-0123456789AB",
            Instant.parse("2026-12-05T06:00:00Z"),
            "1.0.0",
            1 << 20,
            SET,
            "SERVER1");
    assertThat(TapeLabel.parse(label.bytes())).contains(label);
    TapeLabel blank = new TapeLabel(label.tapeId(), label.created(), "1.0.0", 1 << 20, null, null);
    assertThat(TapeLabel.parse(blank.bytes())).contains(blank);
    assertThat(TapeLabel.newTapeId()).matches("DRS-[0-9A-F]{12}");
  }

  @Test
  void aCraftedLabelIsNotADrsLabel() {
    String valid =
        "DRS tape label 1\ntape-id=DRS-0123456789AB\ncreated=2026-12-05T06:00:00Z\n"
            + "drs-version=1.0.0\nblock-size=1048576\n";
    assertThat(TapeLabel.parse(bytes(valid))).isPresent();
    for (String crafted :
        List.of(
            valid.replace("DRS-0123456789AB", "../../etc"),
            valid.replace("block-size=1048576", "block-size=-1"),
            valid.replace("block-size=1048576", "block-size=999999999"),
            valid + "set=../../x\nserver=SERVER1\n",
            valid + "set=" + SET + "\n",
            valid + "tape-id=DRS-FFFFFFFFFFFF\n",
            valid.replace("drs-version=1.0.0", "drs-version=1.0;rm -rf"),
            "tar archive\0\0\0")) {
      assertThat(TapeLabel.parse(bytes(crafted))).as(crafted).isEmpty();
    }
  }

  @Test
  void anIndexReadsBackAsWritten() {
    TapeIndex index =
        new TapeIndex(
            SET,
            "SERVER1",
            List.of(new TapeIndex.Entry(1, 42, FILE)),
            new TapeIndex.Entry(3, 7, MANIFEST));
    assertThat(TapeIndex.parse(index.bytes(), 3)).contains(index);
    assertThat(TapeIndex.parse(index.bytes(), 4))
        .as("a manifest not where the tape ends")
        .isEmpty();
  }

  @Test
  void aCraftedIndexListsNothing() {
    String head = "DRS tape index 1\nset=" + SET + "\nserver=SERVER1\n";
    String manifest = "manifest=3 7 " + MANIFEST + "\n";
    assertThat(TapeIndex.parse(bytes(head + "file=1 42 " + FILE + "\n" + manifest), 3)).isPresent();
    for (String crafted :
        List.of(
            head + "file=1 42 ../../etc/passwd\n" + manifest,
            head + "file=1 42 " + SET + "_OTHER_DEMO_DATA.tar\n" + manifest,
            head + "file=1 -5 " + FILE + "\n" + manifest,
            head + "file=0 42 " + FILE + "\n" + manifest,
            head + "file=2 42 " + FILE + "\n" + manifest,
            head + "file=1 42 " + FILE + "\n",
            head + manifest + "file=1 42 " + FILE + "\n",
            head.replace("set=" + SET, "set=" + SET + "_X") + manifest,
            head + "file=1 42 " + FILE + "\nmanifest=3 7 " + FILE + "\n")) {
      assertThat(TapeIndex.parse(bytes(crafted), 3)).as(crafted).isEmpty();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
