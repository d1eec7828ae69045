package org.latentlab.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.latentlab.app.GuiJvm;

/**
 * The Train tab against {@code train}: the same settings and seeds, one window (a child JVM with
 * the window's options, headless, both models loaded, the Train tab with its live plane and charts)
 * and one {@code train} process per round, A B A B. The window keeps running between its runs, so
 * its resident memory before and after each of them shows what a run leaves behind.
 */
final class TrainTabBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param rounds runs on each side, seeds 1, 2, …
   * @param epochs epochs per run
   * @param limit the first images only, or 0 for all 10,000
   * @param threads intra-op threads of the {@code train} side (the window uses its default)
   */
  record Settings(int rounds, int epochs, int limit, int threads) {}

  private final Settings s;
  private final Map<String, Object> json;
  private final PrintWriter err;

  TrainTabBench(Settings s, Map<String, Object> json, PrintWriter err) {
    this.s = s;
    this.json = json;
    this.err = err;
  }

  /** Runs every round into {@code work} and puts the results into the JSON map. */
  void run(Path work) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(GuiJvm.OPTIONS);
    cmd.addAll(
        List.of(
            "-Dprism.order=sw",
            "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless",
            "-Dheadless.geometry=1600x1000-32",
            "-cp",
            System.getProperty("java.class.path"),
            WindowProbes.class.getName(),
            "train-tab",
            Integer.toString(s.epochs()),
            s.limit() > 0 ? Integer.toString(s.limit()) : ""));
    Process window = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<Double> cli = new ArrayList<>();
    List<Double> tab = new ArrayList<>();
    List<Long> before = new ArrayList<>();
    List<Long> after = new ArrayList<>();
    try (Writer in = window.outputWriter(StandardCharsets.UTF_8);
        BufferedReader out = window.inputReader(StandardCharsets.UTF_8)) {
      for (int round = 1; round <= s.rounds(); round++) {
        BenchCommand.progress(
            err,
            String.format(
                Locale.ROOT,
                "Train tab vs train, round %d/%d: train (%d epochs)",
                round,
                s.rounds(),
                s.epochs()));
        cli.add(cliRun(work.resolve("cli-" + round), round));
        BenchCommand.progress(
            err,
            String.format(
                Locale.ROOT, "Train tab vs train, round %d/%d: the Train tab", round, s.rounds()));
        in.write("run " + round + " " + work.resolve("tab-" + round) + "\n");
        in.flush();
        JsonNode r = nextJson(out);
        if (r == null || r.has("error") || !"Finished".equals(r.path("end").asText())) {
          throw new IOException("the Train tab run did not finish: " + r);
        }
        List<Double> secs = new ArrayList<>();
        r.get("epochSeconds").forEach(e -> secs.add(e.asDouble()));
        tab.add(steadyMedian(secs));
        before.add(r.get("rssBeforeMb").asLong());
        after.add(r.get("rssAfterMb").asLong());
      }
      in.write("exit\n");
      in.flush();
    } finally {
      if (!window.waitFor(60, TimeUnit.SECONDS)) {
        window.destroyForcibly();
      }
    }
    double cliMedian = Stats.median(Stats.toArray(cli));
    double tabMedian = Stats.median(Stats.toArray(tab));
    json.put("trainTabCliEpochSeconds", cliMedian);
    json.put("trainTabEpochSeconds", tabMedian);
    json.put("trainTabRatio", tabMedian / cliMedian);
    json.put("trainTabEpochs", s.epochs());
    json.put("trainTabRounds", s.rounds());
    json.put("trainTabRssBeforeMb", before);
    json.put("trainTabRssAfterMb", after);
    long worst = 0;
    for (int i = 0; i < before.size(); i++) {
      worst = Math.max(worst, after.get(i) - before.get(i));
    }
    json.put("trainTabRssLeftPerRunMb", worst);
    json.put("trainTabRssLeftAllRunsMb", after.get(after.size() - 1) - before.get(0));
  }

  private double cliRun(Path out, int seed) throws Exception {
    List<String> args = TrainingBench.trainArgs(s.epochs(), seed, s.threads(), out);
    if (s.limit() > 0) {
      args.addAll(List.of("--limit", Integer.toString(s.limit())));
    }
    return ChildRuns.latentlab(List.of(), args.toArray(String[]::new))
        .orThrow()
        .lastJson()
        .get("medianSecondsPerEpoch")
        .asDouble();
  }

  /** The next line of the window's stdout that is a JSON object, or null at its end. */
  private static JsonNode nextJson(BufferedReader out) throws IOException {
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("{")) {
        return JSON.readTree(line);
      }
    }
    return null;
  }

  /** The median seconds per epoch over epochs 2…n, as {@code train} reports it. */
  static double steadyMedian(List<Double> epochSeconds) {
    List<Double> timed =
        epochSeconds.size() > 1 ? epochSeconds.subList(1, epochSeconds.size()) : epochSeconds;
    return Stats.median(Stats.toArray(timed));
  }
}
