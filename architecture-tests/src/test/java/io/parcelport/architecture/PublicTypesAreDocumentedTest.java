package io.parcelport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public type of the domain and the ports carries a Javadoc comment (STYLE: one sentence at least). Javadoc's
 * own doclint cannot ask for just that: its "missing" group also wants {@code @return} and {@code @param} on every
 * member, which the project's one-sentence style leaves out on purpose; so the sources are read here instead.
 */
class PublicTypesAreDocumentedTest {

    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^\\s*public\\s+(?:(?:final|abstract|sealed|non-sealed|static|strictfp)\\s+)*"
                    + "(?:class|interface|enum|record|@interface)\\s+(\\w+)");

    @ParameterizedTest
    @ValueSource(strings = {"../domain/src/main/java", "../ports/src/main/java"})
    void everyPublicTypeHasAJavadocComment(String sources) {
        Path root = Path.of(sources);
        assertThat(root).isDirectory();

        List<String> undocumented = new ArrayList<>();
        int types = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher type = PUBLIC_TYPE.matcher(lines.get(i));
                    if (type.find()) {
                        types++;
                        if (!documented(lines, i)) {
                            undocumented.add(root.relativize(file) + ": " + type.group(1));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        assertThat(types).as("public types found under %s", sources).isGreaterThan(10);
        assertThat(undocumented).as("public types without a Javadoc comment").isEmpty();
    }

    @Test
    void aTypeWithAPlainCommentOrNoneIsCaught() {
        List<String> plain = List.of("/* not Javadoc */", "public final class A {");
        List<String> none = List.of("import x;", "", "public record B() {");
        List<String> annotated = List.of("/** A thing. */", "@Deprecated", "public enum C {");

        assertThat(documented(plain, 1)).isFalse();
        assertThat(documented(none, 2)).isFalse();
        assertThat(documented(annotated, 2)).isTrue();
    }

    // The comment that ends right above the declaration (annotations and blank lines between allowed) opens with /**.
    static boolean documented(List<String> lines, int declaration) {
        int i = declaration - 1;
        while (i >= 0 && (lines.get(i).isBlank() || lines.get(i).strip().startsWith("@")
                || lines.get(i).strip().startsWith(")"))) {
            i--;
        }
        if (i < 0 || !lines.get(i).strip().endsWith("*/")) {
            return false;
        }
        while (i >= 0 && !lines.get(i).contains("/*")) {
            i--;
        }
        return i >= 0 && lines.get(i).contains("/**");
    }
}
