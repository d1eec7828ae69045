package org.latentlab.latent.info;

/**
 * The unit of an amount of information: bits (logarithms base 2, the length of a binary message) or
 * nats (natural logarithms, what the VAE's loss uses). One nat is 1 / ln 2 ≈ 1.443 bits.
 */
public enum Units {
  BITS("bits"),
  NATS("nats");

  private final String symbol;

  Units(String symbol) {
    this.symbol = symbol;
  }

  /** An amount given in nats, in this unit; ∞ stays ∞. */
  public double fromNats(double nats) {
    return this == BITS ? nats / Math.log(2) : nats;
  }

  /** An amount given in this unit, in nats. */
  public double toNats(double amount) {
    return this == BITS ? amount * Math.log(2) : amount;
  }

  /** "bits" or "nats". */
  public String symbol() {
    return symbol;
  }
}
