package org.latentlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.latentlab.cli.LatentLabCli;

/** Every command that takes {@code --threads}, as the jar's entry point routes it. */
class ThreadsOptionTest {
  @TempDir Path tmp;

  record Result(int exit, String err) {}

  @ParameterizedTest(name = "{0} --threads {1}")
  @CsvSource({
    "train,            0",
    "train,            -4",
    "train,            1000",
    "eval,             0",
    "eval,             1000",
    "info,             -4",
    "info,             1000",
    "train-classifier, 0",
    "train-classifier, 1000",
    "render,           0",
    "render,           1000",
    "report,           -4",
    "report,           1000",
    "bench,            0",
    "bench,            1000",
  })
  void aThreadCountOutsideTheAcceptedRangeIsRefusedBeforeAnyWork(String command, int threads) {
    Result r = run(command, "--threads", Integer.toString(threads));
    int max = 2 * Runtime.getRuntime().availableProcessors();
    assertEquals(2, r.exit(), r.err());
    assertEquals(
        "latentlab: --threads must be between 1 and "
            + max
            + " (twice this machine's "
            + Runtime.getRuntime().availableProcessors()
            + " processors), got "
            + threads,
        r.err().lines().findFirst().orElse(""));
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(Files.exists(tmp.resolve("out")), "nothing was written");
  }

  @ParameterizedTest(name = "{0} --threads 1 and the maximum")
  @CsvSource({"train", "eval", "info", "train-classifier", "render", "report"})
  void theEndsOfTheRangeAreAccepted(String command) {
    int max = 2 * Runtime.getRuntime().availableProcessors();
    for (int threads : new int[] {1, max}) {
      // the model folder is absent, so the command stops there: after the threads were accepted
      Result r = run(command, "--threads=" + threads);
      assertFalse(r.err().contains("--threads"), r.err());
      assertTrue(r.err().contains(tmp.resolve("absent").toString()), r.err());
    }
  }

  /** Runs {@code command} with what it requires, pointing at an absent model and data. */
  private Result run(String command, String... threads) {
    String absent = tmp.resolve("absent").toString();
    String out = tmp.resolve("out").toString();
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(
        switch (command) {
          case "train" -> List.of("--kind", "vae", "--data", absent, "--out", out);
          case "eval" -> List.of("--model", absent, "--images", absent, "--labels", absent);
          case "info" -> List.of("--model", absent);
          case "train-classifier" -> List.of("--data", absent, "--out", out);
          case "render" -> List.of("--ae", absent, "--out", out + ".png");
          case "report" ->
              List.of("--ae", absent, "--vae", absent, "--images", absent, "--labels", absent);
          case "bench" -> List.of("--quick", "--no-startup", "--no-training");
          default -> throw new IllegalArgumentException(command);
        });
    args.addAll(Arrays.asList(threads));
    StringWriter err = new StringWriter();
    int exit =
        LatentLabCli.run(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            Main.appCommands(),
            args.toArray(String[]::new));
    return new Result(exit, err.toString());
  }
}
