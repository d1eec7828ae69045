package org.latentlab.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/** What the tests of LatentLab's prebuilt native libraries need: the platform, gcc, ELF facts. */
public final class NativeBinaries {
  private NativeBinaries() {}

  public static boolean isLinuxX86() {
    return System.getProperty("os.name").startsWith("Linux")
        && Set.of("amd64", "x86_64").contains(System.getProperty("os.arch"));
  }

  /** gcc's version (e.g. 12.2.0), or null without gcc. */
  public static String gccVersion() {
    try {
      Process p = new ProcessBuilder("gcc", "-dumpfullversion").redirectErrorStream(true).start();
      String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? v : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Just enough of an ELF64 little-endian reader: the dynamic symbols and DT_NEEDED. */
  public record Elf(ByteBuffer b, List<long[]> sections) {
    static final int SHT_DYNSYM = 11;
    static final int SHT_DYNAMIC = 6;

    public static Elf read(byte[] bytes) {
      ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
      assertEquals(0x464c457f, b.getInt(0), "an ELF file");
      assertEquals(2, b.get(4), "64-bit");
      long shoff = b.getLong(0x28);
      int shentsize = b.getShort(0x3A) & 0xffff;
      int shnum = b.getShort(0x3C) & 0xffff;
      List<long[]> sections = new java.util.ArrayList<>();
      for (int i = 0; i < shnum; i++) {
        int o = (int) (shoff + (long) i * shentsize);
        // type, offset, size, link, entsize
        sections.add(
            new long[] {
              b.getInt(o + 4),
              b.getLong(o + 0x18),
              b.getLong(o + 0x20),
              b.getInt(o + 0x28),
              b.getLong(o + 0x38)
            });
      }
      return new Elf(b, sections);
    }

    public Set<String> definedDynamicSymbols() {
      Set<String> names = new TreeSet<>();
      for (long[] s : sections) {
        if (s[0] != SHT_DYNSYM) {
          continue;
        }
        long[] strtab = sections.get((int) s[3]);
        for (long o = s[1]; o < s[1] + s[2]; o += s[4]) {
          int name = b.getInt((int) o);
          int shndx = b.getShort((int) o + 6) & 0xffff;
          if (name != 0 && shndx != 0) {
            names.add(string((int) (strtab[1] + name)));
          }
        }
      }
      return names;
    }

    public int neededLibraries() {
      int n = 0;
      for (long[] s : sections) {
        if (s[0] == SHT_DYNAMIC) {
          for (long o = s[1]; o < s[1] + s[2]; o += 16) {
            if (b.getLong((int) o) == 1) { // DT_NEEDED
              n++;
            }
          }
        }
      }
      return n;
    }

    private String string(int at) {
      int end = at;
      while (b.get(end) != 0) {
        end++;
      }
      byte[] s = new byte[end - at];
      b.get(at, s);
      return new String(s, StandardCharsets.US_ASCII);
    }
  }
}
