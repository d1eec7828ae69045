package org.latentlab.latent.record;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The {@code .llrun} file of a {@link RecordedRun}: gzip around a big-endian binary stream ({@link
 * DataOutputStream}) of
 *
 * <ol>
 *   <li>the magic bytes {@code LLRUN} and the format version (an int, {@value #VERSION});
 *   <li>the settings, in {@link RunSettings}' order (strings as modified UTF-8);
 *   <li>the class names; the number of watched images and each one's label;
 *   <li>steps per epoch; every step's losses, then every epoch's (at, reconstruction, KL, total: a
 *       double and three floats);
 *   <li>the snapshots: epoch, step, epoch end, then the codes image by image as float32.
 * </ol>
 *
 * Every failure to read is a {@link RunFormatException} naming the file. The runs the app ships are
 * on the class path under {@value #BUNDLED_ROOT}.
 */
public final class RecordedRunFile {
  /** The file name extension. */
  public static final String EXTENSION = ".llrun";

  /** The format version written. */
  public static final int VERSION = 1;

  /** The runs bundled with the app, in the order the Train tab offers them. */
  public static final List<String> BUNDLED =
      List.of("beta-1", "beta-0", "beta-4", "kl-only-from-vae");

  private static final String BUNDLED_ROOT = "/assets/runs/";
  private static final byte[] MAGIC = "LLRUN".getBytes(StandardCharsets.US_ASCII);

  // Caps that keep a damaged count from asking for gigabytes before the file runs out.
  private static final int MAX_CLASSES = 1000;
  private static final int MAX_IMAGES = 100_000;
  private static final int MAX_DIM = 512;
  private static final int MAX_LAYERS = 64;
  private static final int MAX_LOSSES = 10_000_000;
  private static final long MAX_FLOATS = 64L << 20;

  private RecordedRunFile() {}

  /** Reads the bundled run {@code name} ("beta-1"). */
  public static RecordedRun readBundled(String name) throws IOException {
    InputStream in = RecordedRunFile.class.getResourceAsStream(BUNDLED_ROOT + name + EXTENSION);
    if (in == null) {
      throw new RunFormatException(
          "no bundled recorded run named '"
              + name
              + "' (bundled: "
              + String.join(", ", BUNDLED)
              + ")");
    }
    try (in) {
      return read(in, "bundled run " + name);
    }
  }

  /**
   * Reads a bundled run by name, or else the file {@code nameOrFile}. A bare name that is neither
   * ("beta-7") is reported as a missing bundled run, naming the bundled ones.
   */
  public static RecordedRun open(String nameOrFile) throws IOException {
    Path file = Path.of(nameOrFile);
    boolean bareName =
        file.getParent() == null && !nameOrFile.endsWith(EXTENSION) && !Files.exists(file);
    if (BUNDLED.contains(nameOrFile) || bareName) {
      return readBundled(nameOrFile);
    }
    return read(file);
  }

  /** Reads the file {@code file}. */
  public static RecordedRun read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a run from {@code stream}.
   *
   * @param name names the file in messages
   */
  public static RecordedRun read(InputStream stream, String name) throws IOException {
    Reader r = new Reader(name);
    try {
      return r.read(stream);
    } catch (EOFException e) {
      throw new RunFormatException(name + " is truncated: it ends in the " + r.part);
    } catch (ZipException e) {
      throw new RunFormatException(
          r.part.equals("header")
              ? name + " is not a LatentLab recorded run (" + EXTENSION + " file)"
              : name + " is damaged in the " + r.part + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new RunFormatException(name + ": " + e.getMessage());
    }
  }

  /**
   * Writes {@code run} to {@code file}: to a sibling first, then renamed into place, so a reader
   * never sees half a file.
   */
  public static void write(RecordedRun run, Path file) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    Path tmp = target.resolveSibling("." + target.getFileName() + ".writing-" + System.nanoTime());
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        write(run, out);
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes {@code run} to {@code stream} (which stays open). */
  public static void write(RecordedRun run, OutputStream stream) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(new NoClose(stream), 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    out.write(MAGIC);
    out.writeInt(VERSION);
    RunSettings s = run.settings();
    out.writeUTF(s.data());
    out.writeInt(s.imageLimit());
    out.writeBoolean(s.variational());
    out.writeInt(s.latentDim());
    out.writeInt(s.hidden().size());
    for (int h : s.hidden()) {
      out.writeInt(h);
    }
    out.writeInt(s.epochs());
    out.writeInt(s.batchSize());
    out.writeDouble(s.learningRate());
    out.writeDouble(s.beta());
    out.writeBoolean(s.klOnly());
    out.writeLong(s.seed());
    out.writeInt(s.snapshotEvery());
    out.writeUTF(s.startedFrom());
    out.writeInt(run.classNames().size());
    for (String c : run.classNames()) {
      out.writeUTF(c);
    }
    out.writeInt(run.labels().length);
    for (int label : run.labels()) {
      out.writeShort(label);
    }
    out.writeInt(run.batchesPerEpoch());
    writeLosses(out, run.steps());
    writeLosses(out, run.epochs());
    out.writeInt(run.snapshots().size());
    for (RecordedRun.Snapshot snap : run.snapshots()) {
      out.writeInt(snap.epoch());
      out.writeLong(snap.step());
      out.writeBoolean(snap.epochEnd());
      for (float[] code : snap.codes()) {
        for (float v : code) {
          out.writeFloat(v);
        }
      }
    }
    out.flush();
    gz.finish();
  }

  private static void writeLosses(DataOutputStream out, List<RecordedRun.Loss> losses)
      throws IOException {
    out.writeInt(losses.size());
    for (RecordedRun.Loss l : losses) {
      out.writeDouble(l.at());
      out.writeFloat((float) l.reconstruction());
      out.writeFloat((float) l.kl());
      out.writeFloat((float) l.total());
    }
  }

  /** Reads one file, remembering which part it is in for the message if the file ends early. */
  private static final class Reader {
    private final String name;
    private String part = "header";

    Reader(String name) {
      this.name = name;
    }

    RecordedRun read(InputStream stream) throws IOException {
      DataInputStream in =
          new DataInputStream(
              new BufferedInputStream(
                  new GZIPInputStream(new BufferedInputStream(stream, 1 << 16), 1 << 16), 1 << 16));
      byte[] magic = new byte[MAGIC.length];
      in.readFully(magic);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new RunFormatException(
            name + " is not a LatentLab recorded run (" + EXTENSION + " file)");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new RunFormatException(
            name
                + " is a recorded run of format "
                + version
                + "; this LatentLab reads format "
                + VERSION
                + (version > VERSION ? " (it was made by a newer LatentLab)" : ""));
      }
      part = "settings";
      String data = in.readUTF();
      int imageLimit = in.readInt();
      boolean variational = in.readBoolean();
      int dim = count(in, "latent dimension", MAX_DIM);
      int layers = count(in, "hidden layers", MAX_LAYERS);
      List<Integer> hidden = new ArrayList<>(layers);
      for (int i = 0; i < layers; i++) {
        hidden.add(in.readInt());
      }
      RunSettings settings =
          new RunSettings(
              data,
              imageLimit,
              variational,
              dim,
              hidden,
              in.readInt(),
              in.readInt(),
              in.readDouble(),
              in.readDouble(),
              in.readBoolean(),
              in.readLong(),
              in.readInt(),
              in.readUTF());
      part = "class names";
      int classes = count(in, "classes", MAX_CLASSES);
      List<String> classNames = new ArrayList<>(classes);
      for (int i = 0; i < classes; i++) {
        classNames.add(in.readUTF());
      }
      part = "labels";
      int images = count(in, "watched images", MAX_IMAGES);
      int[] labels = new int[images];
      for (int i = 0; i < images; i++) {
        labels[i] = in.readUnsignedShort();
      }
      part = "step losses";
      int batches = in.readInt();
      List<RecordedRun.Loss> steps = losses(in, "steps");
      part = "epoch losses";
      List<RecordedRun.Loss> epochs = losses(in, "epochs");
      part = "snapshots";
      int n = in.readInt();
      if (n < 0 || (long) n * images * dim > MAX_FLOATS) {
        throw new RunFormatException(name + " is damaged: it claims " + n + " snapshots");
      }
      List<RecordedRun.Snapshot> snapshots = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        part = "snapshot " + (k + 1) + " of " + n;
        int epoch = in.readInt();
        long step = in.readLong();
        boolean end = in.readBoolean();
        float[][] codes = new float[images][dim];
        for (float[] code : codes) {
          for (int d = 0; d < dim; d++) {
            code[d] = in.readFloat();
          }
        }
        snapshots.add(new RecordedRun.Snapshot(epoch, step, end, codes));
      }
      part = "end";
      if (in.read() != -1) {
        throw new RunFormatException(name + " has data after its last snapshot");
      }
      return new RecordedRun(settings, classNames, labels, batches, steps, epochs, snapshots);
    }

    private List<RecordedRun.Loss> losses(DataInputStream in, String what) throws IOException {
      int n = count(in, what, MAX_LOSSES);
      List<RecordedRun.Loss> out = new ArrayList<>(Math.min(n, 1 << 16));
      for (int i = 0; i < n; i++) {
        out.add(
            new RecordedRun.Loss(in.readDouble(), in.readFloat(), in.readFloat(), in.readFloat()));
      }
      return out;
    }

    private int count(DataInputStream in, String what, int max) throws IOException {
      int n = in.readInt();
      if (n < 0 || n > max) {
        throw new RunFormatException(
            name + " is damaged: it claims " + n + " " + what + " (at most " + max + ")");
      }
      return n;
    }
  }

  /** Lets the gzip stream finish without closing the caller's stream. */
  private static final class NoClose extends java.io.FilterOutputStream {
    NoClose(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
