package org.latentlab.latent.record;

import java.io.IOException;

/** A recorded-run file that cannot be read; the message names the file and the problem. */
public final class RunFormatException extends IOException {
  RunFormatException(String message) {
    super(message);
  }
}
