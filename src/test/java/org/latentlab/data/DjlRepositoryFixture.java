package org.latentlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small DJL repositories and DJL cache entries from IDX files, as DJL's layout needs. */
final class DjlRepositoryFixture {
  private DjlRepositoryFixture() {}

  /**
   * A local repository: {@code root/dataset/cv/ai/djl/basicdataset/<id>/metadata.json} with the
   * four files, uncompressed unless {@code suffix} is ".gz", in {@code 1.0/}.
   */
  static Path writeRepository(Path root, String id, ImageSet train, ImageSet test, String suffix)
      throws IOException {
    Path base = root.resolve("dataset/cv/ai/djl/basicdataset").resolve(id);
    writeFiles(base.resolve("1.0"), train, test, suffix);
    Files.writeString(base.resolve("metadata.json"), metadata(id, "", suffix));
    return root;
  }

  /**
   * What DJL leaves in its cache after downloading {@code id} from its remote repository: the
   * metadata (its URIs point at a host that cannot resolve) and the unpacked files in {@code 1.0/}.
   */
  static void writeCache(Path cacheDir, String id, ImageSet train, ImageSet test)
      throws IOException {
    Path base = cacheDir.resolve("cache/repo/dataset/cv/ai/djl/basicdataset").resolve(id);
    writeFiles(base.resolve("1.0"), train, test, "");
    Files.writeString(
        base.resolve("metadata.json"), metadata(id, "https://example.invalid/" + id + "/", ".gz"));
  }

  private static void writeFiles(Path dir, ImageSet train, ImageSet test, String suffix)
      throws IOException {
    IdxWriter.write(
        train,
        dir.resolve("train-images-idx3-ubyte" + suffix),
        dir.resolve("train-labels-idx1-ubyte" + suffix));
    IdxWriter.write(
        test,
        dir.resolve("t10k-images-idx3-ubyte" + suffix),
        dir.resolve("t10k-labels-idx1-ubyte" + suffix));
  }

  private static String metadata(String id, String uriPrefix, String suffix) {
    String file = "{\"uri\": \"" + uriPrefix + "%s" + suffix + "\"}";
    return "{\n"
        + "  \"metadataVersion\": \"0.2\",\n"
        + "  \"resourceType\": \"dataset\",\n"
        + "  \"application\": \"cv\",\n"
        + "  \"groupId\": \"ai.djl.basicdataset\",\n"
        + "  \"artifactId\": \""
        + id
        + "\",\n"
        + "  \"name\": \""
        + id
        + "\",\n"
        + "  \"artifacts\": [{\n"
        + "    \"version\": \"1.0\",\n"
        + "    \"snapshot\": false,\n"
        + "    \"files\": {\n"
        + "      \"train_data\": "
        + String.format(file, "train-images-idx3-ubyte")
        + ",\n"
        + "      \"train_labels\": "
        + String.format(file, "train-labels-idx1-ubyte")
        + ",\n"
        + "      \"test_data\": "
        + String.format(file, "t10k-images-idx3-ubyte")
        + ",\n"
        + "      \"test_labels\": "
        + String.format(file, "t10k-labels-idx1-ubyte")
        + "\n"
        + "    }\n"
        + "  }]\n"
        + "}\n";
  }
}
