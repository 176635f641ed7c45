package io.parcelport.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.RestClientDefinitionException;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.jboss.resteasy.microprofile.client.header.HeaderFillerFactory;
import org.junit.jupiter.api.Test;

/** The header filler factory that stands in for RESTEasy's: constants are sent, computed values are refused. */
class ConstantHeaderFillerFactoryTest {

    /** A client whose header is a constant. */
    @Path("/echo")
    public interface ConstantHeaderClient {
        /** Sends the constant header. */
        @GET
        @ClientHeaderParam(name = "X-Parcelport-Test", value = "constant-value")
        String echo();
    }

    /** A client whose header a method computes. */
    @Path("/echo")
    public interface ComputedHeaderClient {
        /** Would send the computed header. */
        @GET
        @ClientHeaderParam(name = "X-Parcelport-Test", value = "{computeIt}")
        String echo();

        /** The value the header would have. */
        default String computeIt() {
            return "computed";
        }
    }

    @Test
    void itIsTheOnlyFactoryOnThePathSoRestEasyFindsIt() {
        List<HeaderFillerFactory> factories = ServiceLoader.load(HeaderFillerFactory.class).stream()
                .map(ServiceLoader.Provider::get).toList();

        assertThat(factories).singleElement().isInstanceOf(ConstantHeaderFillerFactory.class);
        assertThat(factories.get(0).getPriority()).isEqualTo(Integer.MIN_VALUE + 1);
    }

    @Test
    void aConstantValueIsSentAsWritten() {
        ConstantHeaderFillerFactory factory = new ConstantHeaderFillerFactory();

        assertThat(factory.createFiller("a value", "X-Test", true, ConstantHeaderClient.class, null).generateValues())
                .containsExactly("a value");
    }

    @Test
    void aComputedValueIsADefinitionErrorNamingTheValue() {
        ConstantHeaderFillerFactory factory = new ConstantHeaderFillerFactory();

        assertThatThrownBy(() -> factory.createFiller("{computeIt}", "X-Test", true, ComputedHeaderClient.class,
                null)).isInstanceOf(RestClientDefinitionException.class).hasMessageContaining("{computeIt}")
                .hasMessageContaining("X-Test").hasMessageContaining(ComputedHeaderClient.class.getName());
    }

    @Test
    void aClientSendsItsConstantHeaderAndOneWithAComputedHeaderIsNotBuilt() throws IOException {
        AtomicReference<String> seen = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/echo", exchange -> {
            seen.set(exchange.getRequestHeaders().getFirst("X-Parcelport-Test"));
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            ConstantHeaderClient client = builder(base).build(ConstantHeaderClient.class);
            try {
                assertThat(client.echo()).isEqualTo("ok");
            } finally {
                ((AutoCloseable) client).close();
            }
            assertThat(seen.get()).isEqualTo("constant-value");

            assertThatThrownBy(() -> builder(base).build(ComputedHeaderClient.class))
                    .isInstanceOf(RestClientDefinitionException.class).hasMessageContaining("{computeIt}");
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            server.stop(0);
        }
    }

    // As RestTransport builds its clients: RESTEasy's default exception mapper would look for MicroProfile Config.
    private static RestClientBuilder builder(URI base) {
        return RestClientBuilder.newBuilder().baseUri(base)
                .property("microprofile.rest.client.disable.default.mapper", true);
    }
}
