package org.latentlab.data;

import java.io.IOException;
import java.util.List;

/**
 * The IDX header: two zero bytes, the element type code, the number of dimensions, then one
 * big-endian 32-bit size per dimension. Reading it checks each part and says which is wrong.
 */
final class IdxHeader {
  private IdxHeader() {}

  /**
   * Reads and checks the header of an unsigned-byte IDX file.
   *
   * @param dimensionNames the expected dimensions, for messages ("count", "rows", "cols")
   * @param kind what the file should be ("images")
   * @param otherKind what it might be instead, to suggest a swap ("labels")
   * @return the positive size of each dimension
   */
  static int[] read(
      IdxInput idx, String source, List<String> dimensionNames, String kind, String otherKind)
      throws IOException {
    byte[] magic = new byte[4];
    int found = idx.readUpTo(magic);
    if (found == 0) {
      throw fail(
          source,
          (idx.isGzip() ? "no data inside the gzip stream" : "empty file")
              + ", expected "
              + withArticle("IDX " + kind)
              + " file");
    }
    if (found < magic.length) {
      throw fail(source, "header truncated: expected 4 magic bytes, the file has " + found);
    }
    if (magic[0] != 0 || magic[1] != 0) {
      throw fail(
          source,
          "not an IDX file: it starts with "
              + hex(magic)
              + ", an IDX file starts with 00 00, the type code and the number of dimensions");
    }
    int type = magic[2] & 0xFF;
    if (type != IdxReader.UNSIGNED_BYTE) {
      throw fail(
          source,
          String.format(
              "IDX type code 0x%02X (%s) is not supported, only 0x08 (unsigned byte)",
              type, typeName(type)));
    }
    int dimensions = magic[3] & 0xFF;
    int wanted = dimensionNames.size();
    if (dimensions != wanted) {
      int otherDimensions = wanted == 3 ? 1 : 3;
      throw fail(
          source,
          "has "
              + dimensions
              + " dimension(s), but "
              + withArticle("IDX " + kind)
              + " file has "
              + wanted
              + " ("
              + String.join(" x ", dimensionNames)
              + ")"
              + (dimensions == otherDimensions
                  ? "; is this " + withArticle(otherKind) + " file?"
                  : ""));
    }
    byte[] sizes = new byte[4 * dimensions];
    found = idx.readUpTo(sizes);
    if (found < sizes.length) {
      throw fail(
          source,
          "header truncated: expected "
              + (4 + sizes.length)
              + " header bytes, the file has "
              + (4 + found));
    }
    int[] dims = new int[dimensions];
    for (int d = 0; d < dimensions; d++) {
      int i = 4 * d;
      dims[d] =
          ((sizes[i] & 0xFF) << 24)
              | ((sizes[i + 1] & 0xFF) << 16)
              | ((sizes[i + 2] & 0xFF) << 8)
              | (sizes[i + 3] & 0xFF);
      if (dims[d] <= 0) {
        throw fail(
            source,
            "dimension "
                + (d + 1)
                + " ("
                + dimensionNames.get(d)
                + ") is "
                + dims[d]
                + " in the header; it must be positive");
      }
    }
    return dims;
  }

  private static String withArticle(String noun) {
    return ("aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private static String typeName(int type) {
    switch (type) {
      case 0x08:
        return "unsigned byte";
      case 0x09:
        return "signed byte";
      case 0x0B:
        return "16-bit integer";
      case 0x0C:
        return "32-bit integer";
      case 0x0D:
        return "32-bit float";
      case 0x0E:
        return "64-bit float";
      default:
        return "not an IDX type";
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(String.format("%02x", b & 0xFF));
    }
    return sb.toString();
  }

  static IdxFormatException fail(String source, String problem) {
    return new IdxFormatException(source + ": " + problem);
  }
}
