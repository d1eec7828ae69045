package org.latentlab.data;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The bytes of one IDX file, gunzipped when they start with the gzip magic bytes {@code 1f 8b}
 * (whatever the file is called), counted as they are read so that errors can say where a file went
 * wrong. Closing it never closes the caller's stream.
 */
final class IdxInput implements Closeable {
  private static final int BUFFER = 1 << 16;
  private static final int FIRST_CHUNK = 1 << 24;

  private final String source;
  private final InputStream in;
  private final boolean gzip;
  private long position;

  private IdxInput(String source, InputStream in, boolean gzip) {
    this.source = source;
    this.in = in;
    this.gzip = gzip;
  }

  /** Opens {@code raw}, sniffing its first two bytes for gzip. */
  static IdxInput open(InputStream raw, String source) throws IOException {
    InputStream notClosing =
        new FilterInputStream(raw) {
          @Override
          public void close() {
            // the caller opened the stream and closes it
          }
        };
    BufferedInputStream buffered = new BufferedInputStream(notClosing, BUFFER);
    buffered.mark(2);
    int b0 = buffered.read();
    int b1 = buffered.read();
    buffered.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      try {
        return new IdxInput(source, new GZIPInputStream(buffered, BUFFER), true);
      } catch (ZipException | EOFException e) {
        throw new IdxFormatException(
            source + ": starts like gzip but its gzip header is corrupt (" + e.getMessage() + ")",
            e);
      }
    }
    return new IdxInput(source, buffered, false);
  }

  /** Whether the file was gzip-compressed. */
  boolean isGzip() {
    return gzip;
  }

  /** Reads until {@code buf} is full or the data ends; returns how many bytes were read. */
  int readUpTo(byte[] buf) throws IOException {
    return readInto(buf, 0, buf.length);
  }

  /**
   * Reads up to {@code n} bytes, fewer only if the data ends first. The buffer grows as bytes
   * arrive, so a damaged header that announces gigabytes does not allocate them up front.
   */
  byte[] readUpTo(long n) throws IOException {
    byte[] buf = new byte[(int) Math.min(n, FIRST_CHUNK)];
    int filled = 0;
    while (true) {
      filled += readInto(buf, filled, buf.length - filled);
      if (filled < buf.length || filled == n) {
        return filled == buf.length ? buf : Arrays.copyOf(buf, filled);
      }
      buf = Arrays.copyOf(buf, (int) Math.min(n, 2L * buf.length));
    }
  }

  private int readInto(byte[] buf, int offset, int length) throws IOException {
    int n = 0;
    try {
      while (n < length) {
        int r = in.read(buf, offset + n, length - n);
        if (r < 0) {
          break;
        }
        n += r;
        position += r;
      }
    } catch (ZipException | EOFException e) {
      throw corrupt(e);
    }
    return n;
  }

  /** Reads and counts whatever is left. */
  long countRemaining() throws IOException {
    byte[] scratch = new byte[BUFFER];
    long n = 0;
    try {
      for (int r = in.read(scratch); r >= 0; r = in.read(scratch)) {
        n += r;
      }
    } catch (ZipException | EOFException e) {
      throw corrupt(e);
    }
    return n;
  }

  private IdxFormatException corrupt(IOException e) {
    // A cut-short download shows up here, as "Unexpected end of ZLIB input stream".
    return new IdxFormatException(
        source
            + ": gzip data is corrupt or cut short after "
            + position
            + " uncompressed bytes ("
            + e.getMessage()
            + "); download the file again",
        e);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
