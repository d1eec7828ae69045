package org.latentlab.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The plotted codes as a CSV file for a notebook ({@code pandas.read_csv}), one row per image and
 * model, both models in one long table:
 *
 * <pre>
 * index,label,class,model,kind,z1,z2,sigma1,sigma2
 * 0,4,4,MNIST AE,ae,-3.1,12.5,,
 * 0,4,4,MNIST VAE,vae,0.42,-1.07,0.031,0.029
 * </pre>
 *
 * {@code z1…zD} are the codes the plane plots: the AE's z, the VAE's posterior mean μ. {@code
 * sigma1…sigmaD} are the VAE's posterior standard deviations σ = exp(½ log σ²), empty for the AE.
 * With models of different latent sizes, D is the larger and the missing cells are empty. Numbers
 * are written as Java's shortest decimal that reads back to the same float, so nothing is rounded.
 */
public final class CodesCsv {
  private CodesCsv() {}

  /** The header line for codes of {@code dims} dimensions (without a line break). */
  public static String header(int dims) {
    StringBuilder b = new StringBuilder("index,label,class,model,kind");
    for (int d = 1; d <= dims; d++) {
      b.append(",z").append(d);
    }
    for (int d = 1; d <= dims; d++) {
      b.append(",sigma").append(d);
    }
    return b.toString();
  }

  /** Writes {@code tables} to {@code file} atomically ({@link AtomicFiles}). */
  public static void write(List<CodeTable> tables, Path file) throws IOException {
    AtomicFiles.write(
        file,
        ".csv",
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          write(tables, w);
          w.flush();
        });
  }

  /** Writes {@code tables} as CSV lines ("\n") to {@code out}. */
  public static void write(List<CodeTable> tables, Writer out) throws IOException {
    int dims = 0;
    for (CodeTable t : tables) {
      dims = Math.max(dims, t.latentDim());
    }
    out.write(header(dims));
    out.write('\n');
    StringBuilder line = new StringBuilder(160);
    for (CodeTable t : tables) {
      String model = quote(t.model());
      String kind = t.variational() ? "vae" : "ae";
      List<String> classes = new ArrayList<>(t.classNames().size());
      t.classNames().forEach(c -> classes.add(quote(c)));
      for (int r = 0; r < t.size(); r++) {
        line.setLength(0);
        int label = t.labels()[r];
        line.append(t.indices()[r]).append(',').append(label).append(',');
        line.append(classes.get(label)).append(',').append(model).append(',').append(kind);
        float[] z = t.codes()[r];
        float[] s = t.sigmas() == null ? null : t.sigmas()[r];
        for (int d = 0; d < dims; d++) {
          line.append(',');
          if (d < z.length) {
            line.append(z[d]);
          }
        }
        for (int d = 0; d < dims; d++) {
          line.append(',');
          if (s != null && d < s.length) {
            line.append(s[d]);
          }
        }
        line.append('\n');
        out.append(line);
      }
    }
  }

  /** A field as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break. */
  static String quote(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
