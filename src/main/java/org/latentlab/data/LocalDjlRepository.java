package org.latentlab.data;

import ai.djl.repository.Artifact;
import ai.djl.repository.LocalRepository;
import ai.djl.repository.MRL;
import ai.djl.repository.Metadata;
import ai.djl.repository.Repository;
import ai.djl.util.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A folder laid out as a DJL repository, holding DJL's MNIST or Fashion-MNIST, read in place.
 *
 * <p>The layout DJL's {@code LocalRepository} expects for the data set with artifact id {@code id}
 * ({@code mnist}, or {@code fashmnist} for Fashion-MNIST):
 *
 * <pre>
 * folder/dataset/cv/ai/djl/basicdataset/id/metadata.json
 * folder/dataset/cv/ai/djl/basicdataset/id/1.0/train-images-idx3-ubyte   (and the other three)
 * </pre>
 *
 * where {@code metadata.json} has {@code "metadataVersion"}, and one artifact of {@code "version":
 * "1.0"} whose {@code "files"} map {@code train_data}, {@code train_labels}, {@code test_data} and
 * {@code test_labels} to those file names ({@code "uri"}, relative to {@code 1.0/}). The files must
 * be uncompressed: DJL opens them as they are and skips the IDX header without reading it.
 *
 * <p>This wrapper changes one thing about DJL's repository: {@link #prepare} does not copy the
 * files into DJL's cache, where they would sit at the very path of DJL's real download and be taken
 * for it later. It checks them with {@link IdxReader} instead, so a bad file gets a one-line
 * message rather than an error from deep inside DJL.
 */
final class LocalDjlRepository implements Repository {
  static final String GROUP_PATH = "dataset/cv/ai/djl/basicdataset";
  private static final List<String> ITEMS =
      List.of("train_data", "train_labels", "test_data", "test_labels");

  private final Repository local;
  private final Path metadata;
  private final List<String> classNames;

  private LocalDjlRepository(Repository local, Path metadata, List<String> classNames) {
    this.local = local;
    this.metadata = metadata;
    this.classNames = classNames;
  }

  /**
   * Opens {@code folder} as a repository holding the data set {@code artifactId}.
   *
   * @param spec the user's data spec, for messages
   */
  static LocalDjlRepository open(
      Path folder, String artifactId, List<String> classNames, String spec)
      throws DataSourceException {
    if (!Files.isDirectory(folder)) {
      throw new DataSourceException(
          "no such folder: " + folder + " (" + spec + " names a local DJL repository folder)");
    }
    Path metadata = folder.resolve(GROUP_PATH).resolve(artifactId).resolve("metadata.json");
    if (!Files.isRegularFile(metadata)) {
      throw new DataSourceException(
          folder
              + ": not a DJL repository with "
              + artifactId
              + "; expected "
              + GROUP_PATH
              + "/"
              + artifactId
              + "/metadata.json listing train_data, train_labels, test_data and test_labels");
    }
    Repository repository = Repository.newInstance("latentlab-" + artifactId, folder);
    if (!(repository instanceof LocalRepository)) {
      throw new DataSourceException(
          metadata
              + ": DJL does not accept it as metadata (it needs metadataVersion and artifacts)");
    }
    return new LocalDjlRepository(repository, metadata, classNames);
  }

  @Override
  public Artifact resolve(MRL mrl, Map<String, String> filter) throws IOException {
    Artifact artifact = local.resolve(mrl, filter);
    if (artifact == null) {
      // DJL would go on with null and fail with a NullPointerException.
      throw new DataSourceException(
          metadata + ": no artifact of version " + mrl.getVersion() + ", the one DJL asks for");
    }
    return artifact;
  }

  @Override
  public void prepare(Artifact artifact, Progress progress) throws IOException {
    Map<String, Artifact.Item> files = artifact.getFiles();
    Path[] paths = new Path[ITEMS.size()];
    for (int i = 0; i < ITEMS.size(); i++) {
      paths[i] = inPlace(files, ITEMS.get(i));
    }
    String where = metadata.getParent().getFileName().toString();
    check(paths[0], paths[1], where + " train");
    check(paths[2], paths[3], where + " test");
  }

  private Path inPlace(Map<String, Artifact.Item> files, String key) throws IOException {
    Artifact.Item item = files.get(key);
    if (item == null || item.getUri() == null) {
      throw new DataSourceException(metadata + ": the artifact lists no file for \"" + key + "\"");
    }
    if (URI.create(item.getUri()).isAbsolute()) {
      throw new DataSourceException(
          metadata
              + ": "
              + key
              + " is "
              + item.getUri()
              + ", which DJL would download; give a file name relative to the version folder");
    }
    Path file = local.getFile(item, null);
    if (!Files.isRegularFile(file)) {
      throw new DataSourceException(
          metadata + ": " + key + " is " + item.getUri() + ", but " + file + " does not exist");
    }
    try (InputStream in = Files.newInputStream(file)) {
      if (in.read() == 0x1f && in.read() == 0x8b) {
        throw new DataSourceException(
            file
                + ": gzip-compressed, but DJL reads repository files as they are;"
                + " store it uncompressed (gunzip -k)");
      }
    }
    return file;
  }

  private void check(Path images, Path labels, String name) throws IOException {
    ImageSet set = IdxReader.readImageSet(images, labels, name, classNames);
    if (set.rows() != 28 || set.cols() != 28) {
      throw new IdxFormatException(
          IdxReader.displayName(images)
              + ": images of "
              + set.rows()
              + "x"
              + set.cols()
              + ", but DJL's MNIST and Fashion-MNIST readers assume 28x28");
    }
  }

  // ---- everything else is DJL's LocalRepository ----

  @Override
  public boolean isRemote() {
    return local.isRemote();
  }

  @Override
  public String getName() {
    return local.getName();
  }

  @Override
  public URI getBaseUri() {
    return local.getBaseUri();
  }

  @Override
  public Metadata locate(MRL mrl) throws IOException {
    return local.locate(mrl);
  }

  @Override
  public InputStream openStream(Artifact.Item item, String path) throws IOException {
    return local.openStream(item, path);
  }

  @Override
  public Path getFile(Artifact.Item item, String path) throws IOException {
    return local.getFile(item, path);
  }

  @Override
  public String[] listDirectory(Artifact.Item item, String path) throws IOException {
    return local.listDirectory(item, path);
  }

  @Override
  public Path getCacheDirectory() throws IOException {
    return local.getCacheDirectory();
  }

  @Override
  public List<MRL> getResources() {
    return local.getResources();
  }

  @Override
  public void addResource(MRL mrl) {
    local.addResource(mrl);
  }
}
