package org.latentlab.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes frames as a looping animated GIF with the JDK's own GIF writer ({@code javax.imageio}): no
 * extra library. Each frame gets the same delay in a graphic control extension; the first carries
 * the {@code NETSCAPE2.0} application extension with loop count 0, which every browser and
 * presentation program reads as "loop forever". Frames that are not indexed are reduced to 256
 * colours by the writer (its octree palette, per frame): ample for grey digits and the class
 * palette.
 */
public final class AnimatedGif {
  /** Fewest frames of an animation. */
  public static final int MIN_FRAMES = 2;

  /** Most frames of an animation (a 20-second loop at 15 fps). */
  public static final int MAX_FRAMES = 300;

  /** Slowest frame rate offered. */
  public static final int MIN_FPS = 1;

  /**
   * Fastest frame rate: GIF counts delays in hundredths of a second, and browsers slow delays under
   * 2/100 s down to 1/10 s, so 50 fps is the fastest that plays as written.
   */
  public static final int MAX_FPS = 50;

  /** Narrowest frame, in pixels. */
  public static final int MIN_WIDTH = 120;

  /** Widest frame, in pixels. */
  public static final int MAX_WIDTH = 3840;

  /**
   * Most pixels of all frames together: the frames are held in memory until written (4 bytes a
   * pixel, so 600 MB), enough for 300 frames of a figure at its own size.
   */
  public static final long MAX_PIXELS = 150_000_000L;

  private static final String FORMAT = "javax_imageio_gif_image_1.0";

  private AnimatedGif() {}

  /** The delay between frames for {@code fps} frames a second, in hundredths of a second. */
  public static int delayCentiseconds(int fps) {
    return Math.max(2, Math.round(100f / fps));
  }

  /** "12 fps → 8/100 s a frame (12.5 fps)": what a frame rate becomes in a GIF. */
  public static String describeRate(int fps) {
    int cs = delayCentiseconds(fps);
    return String.format(Locale.ROOT, "%d/100 s a frame, %.3g fps", cs, 100.0 / cs);
  }

  /**
   * Why these settings cannot make a GIF, in the CLI's option names, or null when they can.
   *
   * @param frames frames of the animation
   * @param fps frames a second
   * @param width frame width in pixels, or 0 for the figure's own
   */
  public static String problem(int frames, int fps, int width) {
    if (frames < MIN_FRAMES || frames > MAX_FRAMES) {
      return String.format(
          Locale.ROOT,
          "--frames must be between %d and %d for a GIF, got %d",
          MIN_FRAMES,
          MAX_FRAMES,
          frames);
    }
    if (fps < MIN_FPS || fps > MAX_FPS) {
      return String.format(
          Locale.ROOT, "--fps must be between %d and %d, got %d", MIN_FPS, MAX_FPS, fps);
    }
    if (width != 0 && (width < MIN_WIDTH || width > MAX_WIDTH)) {
      return String.format(
          Locale.ROOT,
          "--width must be between %d and %d pixels for a GIF, got %d",
          MIN_WIDTH,
          MAX_WIDTH,
          width);
    }
    return null;
  }

  /** Why {@code frames} frames of {@code width × height} pixels are too many to hold, or null. */
  public static String sizeProblem(int frames, int width, int height) {
    long pixels = (long) frames * width * height;
    if (pixels <= MAX_PIXELS) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "%d frames of %dx%d are %,d million pixels, more than the %,d million a GIF may hold here;"
            + " use fewer --frames or a smaller --width",
        frames,
        width,
        height,
        pixels / 1_000_000,
        MAX_PIXELS / 1_000_000);
  }

  /**
   * Writes {@code frames} to {@code file} atomically ({@link AtomicFiles}): a failure leaves no
   * half a GIF and an older file as it was.
   *
   * @param fps frames a second ({@link #delayCentiseconds})
   */
  public static void write(List<BufferedImage> frames, int fps, Path file) throws IOException {
    AtomicFiles.write(file, ".gif", out -> write(frames, fps, out));
  }

  /** Writes {@code frames} as a looping GIF to {@code out} (which stays open). */
  public static void write(List<BufferedImage> frames, int fps, OutputStream out)
      throws IOException {
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("an animation needs at least one frame");
    }
    int w = frames.get(0).getWidth();
    int h = frames.get(0).getHeight();
    for (BufferedImage f : frames) {
      if (f.getWidth() != w || f.getHeight() != h) {
        throw new IllegalArgumentException(
            "every frame must be " + w + "x" + h + ", not " + f.getWidth() + "x" + f.getHeight());
      }
    }
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
    if (!writers.hasNext()) {
      throw new IOException("no GIF writer available");
    }
    ImageWriter writer = writers.next();
    try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      writer.prepareWriteSequence(null);
      for (int i = 0; i < frames.size(); i++) {
        BufferedImage frame = frames.get(i);
        IIOMetadata meta =
            writer.getDefaultImageMetadata(
                ImageTypeSpecifier.createFromRenderedImage(frame), param);
        decorate(meta, delayCentiseconds(fps), i == 0);
        writer.writeToSequence(new IIOImage(frame, null, meta), param);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
  }

  private static void decorate(IIOMetadata meta, int delay, boolean first) throws IOException {
    IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
    IIOMetadataNode control = child(root, "GraphicControlExtension");
    control.setAttribute("disposalMethod", "none");
    control.setAttribute("userInputFlag", "FALSE");
    control.setAttribute("transparentColorFlag", "FALSE");
    control.setAttribute("delayTime", Integer.toString(delay));
    control.setAttribute("transparentColorIndex", "0");
    if (first) {
      IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
      app.setAttribute("applicationID", "NETSCAPE");
      app.setAttribute("authenticationCode", "2.0");
      app.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0 = forever
      child(root, "ApplicationExtensions").appendChild(app);
    }
    try {
      meta.setFromTree(FORMAT, root);
    } catch (javax.imageio.metadata.IIOInvalidTreeException e) {
      throw new IOException("GIF metadata refused: " + e.getMessage(), e);
    }
  }

  private static IIOMetadataNode child(IIOMetadataNode root, String name) {
    for (int i = 0; i < root.getLength(); i++) {
      if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
        return (IIOMetadataNode) root.item(i);
      }
    }
    IIOMetadataNode node = new IIOMetadataNode(name);
    root.appendChild(node);
    return node;
  }
}
