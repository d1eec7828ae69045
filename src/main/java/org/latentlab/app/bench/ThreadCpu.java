package org.latentlab.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU seconds this process's threads have used, summed by thread name (Linux {@code
 * /proc/self/task}; native threads such as OpenMP's count too). A profile that holds on a busy
 * machine, where wall-clock times drift: it says who burns the cores, not how long anyone waited.
 */
final class ThreadCpu {
  private static final double TICKS_PER_SECOND = 100;

  private ThreadCpu() {}

  /**
   * CPU seconds by thread name (numbers in names folded: "pool-3-thread-1" → "pool-#-thread-#").
   */
  static Map<String, Double> byName() {
    Map<String, Double> out = new TreeMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      tasks.forEach(
          t -> {
            try {
              String name = Files.readString(t.resolve("comm")).strip().replaceAll("\\d+", "#");
              String stat = Files.readString(t.resolve("stat"));
              String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
              // Fields 14 and 15 of stat (utime, stime), counted from the state field (3).
              double ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
              out.merge(name, ticks / TICKS_PER_SECOND, Double::sum);
            } catch (IOException | RuntimeException e) {
              // The thread ended while it was read.
            }
          });
    } catch (IOException e) {
      return out;
    }
    return out;
  }

  /**
   * What each name used since {@code before}, the busiest first, leaving out those under 0.05 s.
   */
  static Map<String, Double> since(Map<String, Double> before) {
    Map<String, Double> now = byName();
    Map<String, Double> out = new LinkedHashMap<>();
    now.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0.0)))
        .filter(e -> e.getValue() >= 0.05)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> out.put(e.getKey(), Math.round(e.getValue() * 100) / 100.0));
    return out;
  }
}
