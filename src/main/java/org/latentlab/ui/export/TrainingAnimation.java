package org.latentlab.ui.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.latentlab.latent.record.RecordedRun;
import org.latentlab.ui.fx.ClassPalette;
import org.latentlab.ui.fx.Theme;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.plane.PlaneScene;
import org.latentlab.ui.training.TrainingSnapshot;

/**
 * A training run replayed: per frame the watched images' codes at one snapshot, on a plane fitted
 * to them as the Train tab's replay shows it, with when it was taken and, for a recorded run, that
 * step's losses.
 */
public final class TrainingAnimation implements Animation {
  private static final double W = 560;
  private static final double H = 660;
  private static final double PLANE = 520;

  private final String title;
  private final List<TrainingSnapshot> shown;
  private final List<String> classNames;
  private final List<RecordedRun.Loss> steps;
  private final int total;

  private TrainingAnimation(
      String title,
      List<TrainingSnapshot> shown,
      List<String> classNames,
      List<RecordedRun.Loss> steps,
      int total) {
    this.title = title;
    this.shown = List.copyOf(shown);
    this.classNames = List.copyOf(classNames);
    this.steps = steps;
    this.total = total;
  }

  /**
   * At most {@code frames} of the Train tab's snapshots, spread evenly over the run, first and last
   * included.
   *
   * @param steps every step's losses (a recorded run's), or an empty list
   */
  public static TrainingAnimation of(
      String title,
      List<TrainingSnapshot> snapshots,
      List<String> classNames,
      List<RecordedRun.Loss> steps,
      int frames) {
    if (snapshots.isEmpty()) {
      throw new IllegalArgumentException("the run has no snapshots to replay yet");
    }
    List<TrainingSnapshot> chosen = new ArrayList<>();
    for (int i : Figures.spread(snapshots.size(), frames)) {
      chosen.add(snapshots.get(i));
    }
    return new TrainingAnimation(title, chosen, classNames, steps, snapshots.size());
  }

  /**
   * At most {@code frames} snapshots of a recorded run, laid out on their planes (call off the FX
   * thread: a layout fits a projection to every code).
   */
  public static TrainingAnimation of(String title, RecordedRun run, int frames) {
    if (run.snapshots().isEmpty()) {
      throw new IllegalArgumentException("the run has no snapshots to replay");
    }
    boolean vae = run.settings().variational();
    List<TrainingSnapshot> chosen = new ArrayList<>();
    for (int i : Figures.spread(run.snapshots().size(), frames)) {
      RecordedRun.Snapshot s = run.snapshots().get(i);
      chosen.add(
          new TrainingSnapshot(
              s.epoch(),
              s.step(),
              s.epochEnd(),
              vae,
              PlaneData.layout(null, s.codes(), run.labels(), vae)));
    }
    return new TrainingAnimation(
        title, chosen, run.classNames(), run.steps(), run.snapshots().size());
  }

  @Override
  public double width() {
    return W;
  }

  @Override
  public double height() {
    return H;
  }

  @Override
  public int frames() {
    return shown.size();
  }

  @Override
  public void draw(GraphicsContext gc, int frame, double scale) {
    TrainingSnapshot s = shown.get(frame);
    Figures.heading(gc, title, s.describe() + losses(s), 20);
    PlaneData d = s.data();
    boolean rings = s.variational() && d.latentDim() >= 2;
    Figures.plane(
        gc,
        new PlaneScene(null, d, d.home().fitAspect(1), null, -1, -1, -1, null, rings),
        20,
        62,
        PLANE,
        scale);
    legend(gc, 20, 62 + PLANE + 14);
    Figures.progress(gc, 40, W - 40, H - 20, frames() == 1 ? 1 : frame / (frames() - 1.0));
  }

  /** " · objective 160.3, reconstruction 154.1, KL 6.2 nats" for a recorded step. */
  private String losses(TrainingSnapshot s) {
    if (s.step() < 1 || s.step() > steps.size()) {
      return "";
    }
    RecordedRun.Loss l = steps.get((int) s.step() - 1);
    return s.variational()
        ? String.format(
            Locale.ROOT,
            "  \u00b7  loss %.1f = reconstruction %.1f + KL %.2f nats",
            l.total(),
            l.reconstruction(),
            l.kl())
        : String.format(Locale.ROOT, "  \u00b7  reconstruction %.1f nats", l.reconstruction());
  }

  private void legend(GraphicsContext gc, double x, double y) {
    gc.setFont(Figures.TEXT);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.CENTER);
    double at = x;
    double line = y;
    for (int c = 0; c < classNames.size(); c++) {
      String name = classNames.get(c);
      double w = 18 + name.length() * 7.5 + 14;
      if (at + w > W - 20) {
        at = x;
        line += 20;
      }
      gc.setFill(ClassPalette.color(c));
      gc.fillRect(at, line - 6, 12, 12);
      gc.setFill(Theme.INK);
      gc.fillText(name, at + 17, line);
      at += w;
    }
  }

  @Override
  public String describe() {
    return frames() + " of the run's " + total + " snapshots";
  }

  @Override
  public String suggestedName() {
    return "training.gif";
  }
}
