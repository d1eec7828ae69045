package org.latentlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Just enough of the tar format to read an npm tarball: 512-byte headers, ustar names, octal sizes.
 * Entries are visited in order; a body is read only when asked for, otherwise skipped.
 */
final class TarReader {
  private static final int BLOCK = 512;

  /**
   * One entry's header.
   *
   * @param name the path inside the archive
   * @param size the body length in bytes
   * @param type the tar type flag ({@code '0'} or NUL for a regular file)
   */
  record Entry(String name, long size, char type) {
    boolean isFile() {
      return type == '0' || type == '\0';
    }
  }

  private final InputStream in;
  private final String source;
  private Entry current;
  private boolean bodyRead;

  TarReader(InputStream in, String source) {
    this.in = in;
    this.source = source;
  }

  /** The next entry, or null at the end of the archive. */
  Entry next() throws IOException {
    if (current != null) {
      skip(bodyRead ? 0 : current.size());
      skip(padding(current.size()));
    }
    byte[] header = in.readNBytes(BLOCK);
    if (header.length == 0 || isZero(header)) {
      return null;
    }
    if (header.length < BLOCK) {
      throw new IOException(source + ": tar archive ends inside an entry header");
    }
    String name = text(header, 0, 100);
    if (text(header, 257, 5).equals("ustar")) {
      String prefix = text(header, 345, 155);
      if (!prefix.isEmpty()) {
        name = prefix + "/" + name;
      }
    }
    current = new Entry(name, octal(header, 124, 12), (char) header[156]);
    bodyRead = false;
    return current;
  }

  /** The body of {@code entry}, which must be the one {@link #next()} just returned. */
  byte[] body(Entry entry) throws IOException {
    if (entry != current || bodyRead) {
      throw new IllegalStateException("the body of " + entry.name() + " is no longer available");
    }
    if (entry.size() > Integer.MAX_VALUE - 8) {
      throw new IOException(source + ": " + entry.name() + " is too large to read");
    }
    byte[] body = in.readNBytes((int) entry.size());
    if (body.length < entry.size()) {
      throw new IOException(source + ": tar archive ends inside " + entry.name());
    }
    bodyRead = true;
    return body;
  }

  private void skip(long n) throws IOException {
    try {
      in.skipNBytes(n);
    } catch (java.io.EOFException e) {
      throw new IOException(source + ": tar archive ends inside " + current.name(), e);
    }
  }

  private static long padding(long size) {
    return (BLOCK - size % BLOCK) % BLOCK;
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static String text(byte[] b, int offset, int length) {
    int end = offset;
    while (end < offset + length && b[end] != 0) {
      end++;
    }
    return new String(b, offset, end - offset, StandardCharsets.UTF_8);
  }

  private long octal(byte[] b, int offset, int length) throws IOException {
    String s = text(b, offset, length).trim();
    try {
      return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    } catch (NumberFormatException e) {
      throw new IOException(source + ": not a tar archive (bad size field '" + s + "')", e);
    }
  }
}
