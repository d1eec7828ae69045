package org.latentlab.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bench's distance to the limit: FLOPs counted from the architecture, against a peak. */
class PeakProbeTest {

  @Test
  void countsTheMatrixProductsOfTheLecturesVae() {
    // forward: 784·512 + 512·256 + 256·2·2 + 2·256 + 256·512 + 512·784 = 1,066,496 multiply-adds
    assertEquals(3 * 2 * 1_066_496.0, TrainingFlops.perImage(784, List.of(512, 256), 2, true));
    // the AE has one head: 256·2 fewer multiply-adds
    assertEquals(3 * 2 * 1_065_984.0, TrainingFlops.perImage(784, List.of(512, 256), 2, false));
    assertEquals(128.0, TrainingFlops.gflops(6.4e6, 10_000, 0.5), 1e-9);
  }

  @Test
  void printsAnEpochsGflopsNextToTheMeasuredPeakAndTheMklPath() throws Exception {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("trainEpochSeconds", 0.5);
    StringWriter err = new StringWriter();
    PeakProbe.run(json, 1, 10_000, 256, new PrintWriter(err, true));
    double peak = (Double) json.get("peakGflops");
    assertTrue(peak > 0, json.toString());
    assertEquals(6.398976 * 10_000 / 0.5 / 1e3, (Double) json.get("trainGflops"), 1e-9);
    assertEquals((Double) json.get("trainGflops") / peak, (Double) json.get("trainPeakFraction"));
    StringWriter out = new StringWriter();
    PeakProbe.printRows(new PrintWriter(out, true), json);
    assertTrue(out.toString().contains("achieved GFLOP/s"), out.toString());
    assertTrue(out.toString().contains("peak GFLOP/s, 256x256 matrix product"), out.toString());
    assertTrue(out.toString().contains("MKL: " + json.get("mklCodePath")), out.toString());
  }
}
