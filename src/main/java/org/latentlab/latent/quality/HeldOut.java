package org.latentlab.latent.quality;

import java.util.LongSummaryStatistics;
import java.util.Objects;

/**
 * Real images nobody trained on, as the yardstick for generated ones: their k-NN balls ({@link
 * KnnManifold}) in the classifier's feature space and in pixel space, and their class distribution.
 * Built once per image set and shared by every model measured against it (the real balls are the
 * expensive part: N² distances).
 */
public final class HeldOut {
  /** k of the k-NN balls, as Kynkäänniemi et al. and Naeem et al. recommend. */
  public static final int K = 3;

  private final Embedding features;
  private final KnnManifold featureBalls;
  private final KnnManifold pixelBalls;
  private final int[] labels;
  private final int classes;
  private final int batch;
  private final double featureSeconds;
  private final double pixelSeconds;
  private final LongSummaryStatistics scoring = new LongSummaryStatistics();

  private HeldOut(
      Embedding features,
      KnnManifold featureBalls,
      KnnManifold pixelBalls,
      int[] labels,
      int classes,
      int batch,
      double featureSeconds,
      double pixelSeconds) {
    this.features = features;
    this.featureSeconds = featureSeconds;
    this.pixelSeconds = pixelSeconds;
    this.featureBalls = featureBalls;
    this.pixelBalls = pixelBalls;
    this.labels = labels;
    this.classes = classes;
    this.batch = batch;
  }

  /**
   * The balls of {@code images} (k = {@value #K}) in {@code features} space and in pixel space.
   *
   * @param labels each image's true class, in [0, classes)
   * @param batch the most images embedded in one call
   */
  public static HeldOut of(
      float[][] images, int[] labels, int classes, Embedding features, int batch) {
    Objects.requireNonNull(features);
    if (labels.length != images.length) {
      throw new IllegalArgumentException(
          images.length + " images but " + labels.length + " labels");
    }
    float[][] f = Batches.map(images, batch, features::embed);
    long start = System.nanoTime();
    KnnManifold featureBalls = KnnManifold.of(f, K);
    long middle = System.nanoTime();
    KnnManifold pixelBalls = KnnManifold.of(images, K);
    long end = System.nanoTime();
    return new HeldOut(
        features,
        featureBalls,
        pixelBalls,
        labels.clone(),
        classes,
        batch,
        (middle - start) / 1e9,
        (end - middle) / 1e9);
  }

  /** Wall time of building the feature-space balls (N² distances; not counting the features). */
  public double featureSeconds() {
    return featureSeconds;
  }

  /**
   * The mean wall time {@link #score} took for the feature-space part (the samples' own balls and
   * the real × sample distances), over the calls so far; 0 before the first. A timing for the
   * bench, not a score.
   */
  public synchronized double meanFeatureScoringSeconds() {
    return scoring.getCount() == 0 ? 0 : scoring.getAverage() / 1e9;
  }

  /** Wall time of building the pixel-space balls. */
  public double pixelSeconds() {
    return pixelSeconds;
  }

  /** How many real images there are. */
  public int size() {
    return labels.length;
  }

  /** The dimension of the feature space. */
  public int featureDimension() {
    return featureBalls.dimension();
  }

  /**
   * Whether each image lies on the real images' manifold in feature space: inside at least one real
   * image's k-NN ball. A decode that is not is <em>off the manifold</em>, however confidently the
   * classifier names it.
   */
  public boolean[] onManifold(float[][] images) {
    return featureBalls.contains(Batches.map(images, batch, features::embed));
  }

  /**
   * Scores decoded samples against the real images.
   *
   * @param images the decodes of the samples
   * @param sampleLabels the classifier's label of each decode
   */
  public SampleScores score(float[][] images, int[] sampleLabels) {
    float[][] f = Batches.map(images, batch, features::embed);
    long start = System.nanoTime();
    ManifoldScores inFeatures = featureBalls.score(KnnManifold.of(f, K));
    synchronized (this) {
      scoring.accept(System.nanoTime() - start);
    }
    return new SampleScores(
        inFeatures,
        pixelBalls.score(KnnManifold.of(images, K)),
        ClassBalance.of(sampleLabels, labels, classes));
  }
}
