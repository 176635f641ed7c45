package io.parcelport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.ports.out.ShipmentTracker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Runs the JDK's own {@code jdeps -verbose:class} on the built domain and ports, so that the "JDK only" promise is
 * checked on the byte code the jars ship, not only on the source imports ArchUnit sees.
 */
class JdepsTest {

    @Test
    void theDomainNeedsOnlyJavaBaseApartFromImmutablesAnnotations() throws Exception {
        Path domain = location(Shipment.class);
        List<String> targets = dependencyTargets("-verbose:class", domain.toString());

        assertThat(targets).isNotEmpty();
        // jdeps prints "not found" for the Immutables annotations: they are compile-time only and not on this path.
        // The domain's packages (shipment, aircargo, carrier...) use each other: jdeps lists those too.
        assertThat(targets).allSatisfy(line -> assertThat(line)
                .matches(".*-> java\\.\\S+\\s+java\\.base$|.*-> org\\.immutables\\.value\\.\\S+\\s+not found$"
                        + "|.*-> io\\.parcelport\\.domain\\.\\S+\\s+\\S+$"));
    }

    @Test
    void thePortsNeedOnlyJavaBaseAndTheDomain() throws Exception {
        Path domain = location(Shipment.class);
        Path ports = location(ShipmentTracker.class);
        // The domain is a module the ports require, so it goes on the module path.
        List<String> targets = dependencyTargets("-verbose:class", "--module-path", domain.toString(),
                ports.toString());

        assertThat(targets).isNotEmpty();
        assertThat(targets).allSatisfy(line -> assertThat(line)
                .matches(".*-> (java\\.\\S+\\s+java\\.base|io\\.parcelport\\.(domain|ports)\\.\\S+\\s+\\S+)$"));
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The "from -> to" lines of jdeps' report, with the class-level detail only. */
    private static List<String> dependencyTargets(String... args) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = jdeps.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(exit).as("jdeps exit code; stderr: %s", err).isZero();
        return out.toString().lines()
                .filter(line -> line.startsWith("   ") && line.contains("->"))
                .map(String::strip)
                .toList();
    }
}
