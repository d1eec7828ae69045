package org.latentlab.testing;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketImpl;
import java.util.List;
import org.latentlab.data.ClassNames;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;
import org.latentlab.model.AutoencoderModel;
import org.latentlab.model.EngineSetup;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelMetadata;
import org.latentlab.model.ModelSpec;

/**
 * Run in a child JVM by OfflineEngineTest. It first makes the network unreachable for all Java code
 * (every socket refuses to connect and the attempt is printed as {@code NETWORK ATTEMPT}), then
 * starts the engine as LatentLab does and decodes one point. With {@code --without-setup} it starts
 * DJL's engine without LatentLab's set-up: a control that shows the trap sees DJL's traffic.
 */
public final class OfflineProbe {
  private OfflineProbe() {}

  @SuppressWarnings("deprecation") // the one JDK hook that sees sockets opened with Proxy.NO_PROXY
  public static void main(String[] args) throws IOException {
    Socket.setSocketImplFactory(RefusingSocket::new);
    if (args.length > 0 && args[0].equals("--without-setup")) {
      System.out.println("engine " + Engine.getInstance().getVersion());
      return;
    }
    EngineSetup.configure(1);
    var md =
        new ModelMetadata(
            new ModelSpec(ModelKind.VAE, 28, 28, List.of(32), 2),
            ClassNames.DIGITS,
            "probe",
            1,
            1,
            null);
    try (LatentModel m = LatentModels.wrap(AutoencoderModel.create(md), "probe")) {
      float[] img = m.decode(new float[] {0.5f, -0.5f});
      System.out.println(
          "decoded "
              + img.length
              + " pixels with "
              + Engine.getInstance().getEngineName()
              + " "
              + Engine.getInstance().getVersion());
    }
  }

  /** A socket that cannot connect anywhere and says where it was asked to go. */
  private static final class RefusingSocket extends SocketImpl {
    private static IOException refuse(Object where) {
      System.out.println("NETWORK ATTEMPT " + where);
      return new ConnectException("network disabled by OfflineProbe: " + where);
    }

    @Override
    protected void create(boolean stream) {}

    @Override
    protected void connect(String host, int port) throws IOException {
      throw refuse(host + ":" + port);
    }

    @Override
    protected void connect(InetAddress address, int port) throws IOException {
      throw refuse(address + ":" + port);
    }

    @Override
    protected void connect(SocketAddress address, int timeout) throws IOException {
      throw refuse(address);
    }

    @Override
    protected void bind(InetAddress host, int port) {}

    @Override
    protected void listen(int backlog) {}

    @Override
    protected void accept(SocketImpl s) throws IOException {
      throw refuse("accept");
    }

    @Override
    protected InputStream getInputStream() throws IOException {
      throw refuse("read");
    }

    @Override
    protected OutputStream getOutputStream() throws IOException {
      throw refuse("write");
    }

    @Override
    protected int available() {
      return 0;
    }

    @Override
    protected void close() {}

    @Override
    protected void sendUrgentData(int data) throws IOException {
      throw refuse("urgent data");
    }

    @Override
    public void setOption(int optID, Object value) {}

    @Override
    public Object getOption(int optID) {
      return null;
    }
  }
}
