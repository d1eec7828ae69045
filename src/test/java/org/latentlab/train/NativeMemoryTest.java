package org.latentlab.train;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelSpec;
import org.latentlab.testing.SyntheticImages;

/**
 * Native memory must stay flat across epochs: every batch's arrays are freed with its manager. A
 * loop that leaked them grew RSS by hundreds of MB per epoch (PLATFORM.md), and per-batch direct
 * buffers (see InputBuffer) by ~25 MB per epoch. Here the highest RSS of epochs 8–10 may exceed
 * that of epochs 4–6 by less than 48 MB (a 16 MB-per-epoch leak would add 64 MB). Prints the RSS of
 * every epoch.
 */
class NativeMemoryTest {
  private static final Path STATUS = Path.of("/proc/self/status");

  @Test
  void residentMemoryStaysFlatOverTenEpochs() throws Exception {
    assumeTrue(Files.isReadable(STATUS), "RSS is read from /proc (Linux only)");
    List<Long> rssMb = new ArrayList<>();
    List<Long> heapMb = new ArrayList<>();
    var options = TrainingOptions.defaults(ModelSpec.defaults(ModelKind.VAE)).withEpochs(10);
    var result =
        new ModelTrainer(
                e -> {
                  if (e instanceof TrainingEvent.EpochEnd) {
                    rssMb.add(rssMb());
                    heapMb.add(Runtime.getRuntime().totalMemory() >> 20);
                  }
                },
                new Cancellation())
            .train(SyntheticImages.bars(5000, 9), "test", options);
    result.model().close();
    System.out.println("RSS per epoch (MB), VAE 784-512-256-2, 5,000 images, batch 128: " + rssMb);
    System.out.println("Java heap committed per epoch (MB): " + heapMb);
    long early = java.util.Collections.max(rssMb.subList(3, 6));
    long late = java.util.Collections.max(rssMb.subList(7, 10));
    assertTrue(late - early < 48, "RSS grew " + (late - early) + " MB over four epochs: " + rssMb);
  }

  private static long rssMb() {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("no VmRSS in " + STATUS);
  }
}
