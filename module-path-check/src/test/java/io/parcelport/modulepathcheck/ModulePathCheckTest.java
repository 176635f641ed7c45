package io.parcelport.modulepathcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the program in {@code src/check/java} (module {@code io.parcelport.modulepathcheck}) against the built jars
 * and runs it in a JVM of its own with a module path and no class path: the explicit modules resolve, the REST
 * adapters' automatic modules and their RESTEasy jars resolve next to them, and a shipment goes through each
 * TrackingMore adapter to the emulator and back.
 */
class ModulePathCheckTest {
    private static final String MAIN = "io.parcelport.modulepathcheck/io.parcelport.modulepathcheck.ModulePathCheck";

    @Test
    void theProgramRunsOnTheModulePathAlone(@TempDir Path dir) throws IOException, InterruptedException {
        Path jars = Path.of(System.getProperty("parcelport.modulePath", ""));
        Path sources = Path.of(System.getProperty("parcelport.checkSources", ""));
        assertThat(jars).as("parcelport.modulePath, set by the pom").isDirectory();
        assertThat(sources).as("parcelport.checkSources, set by the pom").isDirectory();
        Path classes = dir.resolve("classes");
        // javac would take this JVM's class path as its own: give it an empty one, the program reads modules only.
        Path noClassPath = Files.createDirectory(dir.resolve("no-class-path"));

        List<String> javac = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror",
                "--module-path", jars.toString(), "--class-path", noClassPath.toString(), "-d", classes.toString()));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(javac::add);
        }
        ByteArrayOutputStream compilerOutput = new ByteArrayOutputStream();
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, compilerOutput, compilerOutput,
                javac.toArray(String[]::new));
        assertThat(compiled).as("javac exit code; %s", compilerOutput.toString(StandardCharsets.UTF_8)).isZero();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        // Automatic modules (the REST adapters, RESTEasy) declare no requires, so explicit modules that only they use
        // (jakarta.ws.rs, say) are resolved only when added: ALL-MODULE-PATH, as for any application with them.
        ProcessBuilder builder = new ProcessBuilder(java.toString(),
                "--module-path", jars + File.pathSeparator + classes,
                "--add-modules", "ALL-MODULE-PATH", "-m", MAIN)
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        // Nothing may reach the child but its module path: no class path, no options from the environment.
        builder.environment().remove("CLASSPATH");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process child = builder.start();
        boolean finished = child.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly();
        }
        List<String> printed = Files.readAllLines(out, StandardCharsets.UTF_8);
        String errors = Files.readString(err, StandardCharsets.UTF_8);

        assertThat(finished).as("the child ended").isTrue();
        assertThat(child.exitValue()).as("exit code; stdout %s; stderr %s", printed, errors).isZero();
        assertThat(errors).doesNotContain("boot layer", "java.lang.module", "ResolutionException", "reads package",
                "module not found", "ClassNotFoundException", "NoClassDefFoundError", "IllegalAccess",
                "InaccessibleObjectException");
        assertThat(printed).containsExactly(
                "v2 read usps/PPMODULEPATH0002 title=Module path v2 order=ORD-PPMODULEPATH0002 carrier-listed=true",
                "v4 read ups/PPMODULEPATH0004 title=Module path v4 order=ORD-PPMODULEPATH0004 carrier-listed=true",
                "module io.parcelport.domain explicit",
                "module io.parcelport.ports explicit",
                "module io.parcelport.adapter.inmemory explicit",
                "module io.parcelport.emulator explicit",
                "module io.parcelport.adapter.trackingmore automatic",
                "module io.parcelport.adapter.trackingmorev4 automatic",
                "module io.parcelport.modulepathcheck explicit");
    }
}
