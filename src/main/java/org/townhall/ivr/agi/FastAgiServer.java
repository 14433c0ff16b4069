package org.townhall.ivr.agi;

import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.MappingStrategy;
import org.asteriskjava.util.ServerSocketFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.engine.CallEngine;

/**
 * The FastAGI listener, on Asterisk-Java's {@link DefaultAgiServer}: a thread per call, at most
 * {@link AgiConfig#maxCalls()}; stopping lets calls in progress finish up to the shutdown timeout.
 */
public final class FastAgiServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FastAgiServer.class);
    /** The script name in {@code agi://host:port/townhall}. */
    public static final String SCRIPT = "townhall";

    private final AgiConfig config;
    private final ActiveCalls active = new ActiveCalls();
    private final Listener server;
    private final CompletableFuture<Void> bound = new CompletableFuture<>();
    private Thread thread;

    public FastAgiServer(AgiConfig config, CallEngine engine) {
        this.config = config;
        AgiScript script = new TownhallAgiScript(engine, active, config.dialOptions());
        this.server = new Listener(bound);
        server.setMappingStrategy(new OneScript(script));
        server.setPort(config.port());
        server.setPoolSize(Math.min(10, config.maxCalls()));
        server.setMaximumPoolSize(config.maxCalls());
        server.setSocketReadTimeout((int) Math.min(Integer.MAX_VALUE, config.readTimeout().toMillis()));
    }

    /** Binds the port and starts accepting calls; fails if the port cannot be bound. */
    public void start() throws IOException {
        server.setAddress(InetAddress.getByName(config.bindAddress()));
        thread = new Thread(() -> {
            try {
                server.startup();
            } catch (IOException | RuntimeException e) {
                bound.completeExceptionally(e);
            }
        }, "agi-listener");
        thread.setDaemon(true);
        thread.start();
        try {
            bound.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while binding the AGI port", e);
        } catch (ExecutionException e) {
            throw new IOException("cannot listen for FastAGI on " + config.bindAddress() + ":" + config.port() + ": "
                    + e.getCause().getMessage() + " (is another server using the port? choose one with --agi-port)",
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("the AGI listener did not start within 10 s", e);
        }
        log.info("FastAGI listening on {}:{} (script '{}', at most {} calls)", config.bindAddress(), config.port(),
                SCRIPT, config.maxCalls());
    }

    public int activeCalls() {
        return active.count();
    }

    /** Stops accepting calls, then waits for calls in progress up to the shutdown timeout. */
    @Override
    public void close() {
        server.shutdown();
        try {
            int left = active.awaitIdle(config.shutdownTimeout());
            if (left > 0) {
                log.warn("stopping with {} call(s) still in progress after {} s", left,
                        config.shutdownTimeout().toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Tells {@link #start()} once the server socket is bound. */
    private static final class Listener extends DefaultAgiServer {
        private final CompletableFuture<Void> bound;

        Listener(CompletableFuture<Void> bound) {
            this.bound = bound;
        }

        @Override
        protected ServerSocketFacade createServerSocket() throws IOException {
            ServerSocketFacade socket = super.createServerSocket();
            bound.complete(null);
            return socket;
        }
    }

    /** Every AGI URL on this port runs the town hall script. */
    private record OneScript(AgiScript script) implements MappingStrategy {
        @Override
        public AgiScript determineScript(org.asteriskjava.fastagi.AgiRequest request,
                                         org.asteriskjava.fastagi.AgiChannel channel) {
            return script;
        }
    }
}
