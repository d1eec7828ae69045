package org.latentlab.latent.kinds;

/**
 * How sparse one image's hidden code is: the activations h of the encoder's last hidden layer
 * (ReLU, so h ≥ 0), their mean and the fraction of units that are active.
 *
 * @param activations h_j of each hidden unit
 */
public record HiddenActivity(float[] activations) {
  /** A unit counts as active when its activation is above this (a tenth of a typical unit's). */
  public static final float ACTIVE = 0.1f;

  /** Copies the activations. */
  public HiddenActivity {
    activations = activations.clone();
  }

  /** The mean activation (0 for no units). */
  public double mean() {
    double s = 0;
    for (float a : activations) {
      s += a;
    }
    return activations.length == 0 ? 0 : s / activations.length;
  }

  /** The fraction of units whose activation is above {@link #ACTIVE}. */
  public double fractionActive() {
    int n = 0;
    for (float a : activations) {
      if (a > ACTIVE) {
        n++;
      }
    }
    return activations.length == 0 ? 0 : (double) n / activations.length;
  }

  /** The largest activation (0 for no units), for scaling a strip. */
  public float max() {
    float m = 0;
    for (float a : activations) {
      m = Math.max(m, a);
    }
    return m;
  }
}
