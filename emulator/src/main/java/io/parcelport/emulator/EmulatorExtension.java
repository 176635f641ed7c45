package io.parcelport.emulator;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * A JUnit 5 extension that runs one emulator per test class, on a free port, so that an application's TrackingMore
 * code can be tested offline.
 *
 * <pre>{@code
 * @ExtendWith(EmulatorExtension.class)
 * class MyTrackingTest {
 *     @EmulatorBaseUrl URI baseUrl;                  // http://127.0.0.1:PORT/v2, filled in
 *     @EmulatorV4BaseUrl URI v4BaseUrl;              // http://127.0.0.1:PORT/v4, the same server
 *     @EmulatorAfterShipBaseUrl URI afterShip;       // http://127.0.0.1:PORT/tracking/2025-07, the same server
 *
 *     @Test void tracks(Emulator emulator) { ... }  // or take the emulator itself as a parameter
 * }
 *
 * class ConfiguredTest {
 *     @RegisterExtension
 *     static EmulatorExtension emulator = EmulatorExtension.withOptions(EmulatorOptions.builder().quota(5).build());
 *     // emulator.emulator().baseUrl() ...
 * }
 * }</pre>
 * The emulator starts before the class's first test and stops after its last; state carries over between the
 * tests of a class unless a test calls {@link Emulator#reset()}. Fields filled: {@code Emulator} fields, and
 * {@code String}/{@code URI} fields marked {@link EmulatorBaseUrl}, {@link EmulatorV4BaseUrl} or
 * {@link EmulatorAfterShipBaseUrl}; parameters likewise.
 *
 * <p>JUnit is a {@code provided} dependency of the emulator: whoever uses this extension has JUnit 5 already.
 */
// JUnit is read static (only a test that registers this extension has it), which the exports lint flags on every
// JUnit type this public class names.
@SuppressWarnings("exports")
public final class EmulatorExtension implements BeforeAllCallback, AfterAllCallback, TestInstancePostProcessor,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(EmulatorExtension.class);

    private final EmulatorOptions options;
    private volatile Emulator registered;

    /** An extension with the default options on a free port (what {@code @ExtendWith} uses). */
    public EmulatorExtension() {
        this(EmulatorOptions.builder().port(0).build());
    }

    private EmulatorExtension(EmulatorOptions options) {
        this.options = options;
    }

    /** An extension whose emulator runs with {@code options} (port 0 recommended). */
    public static EmulatorExtension withOptions(EmulatorOptions options) {
        return new EmulatorExtension(Objects.requireNonNull(options, "options"));
    }

    /** The running emulator of the current test class; for {@code @RegisterExtension} fields. */
    public Emulator emulator() {
        Emulator e = registered;
        if (e == null) {
            throw new IllegalStateException("the emulator runs only while a test class that registers it runs");
        }
        return e;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulatorFor(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Running running = classStore(context).remove(key(context), Running.class);
        if (running != null) {
            running.close();
        }
        registered = null;
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        for (Class<?> type = testInstance.getClass(); type != null && type != Object.class;
                type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
                    continue;
                }
                Object value = valueFor(field.getType(), face(field.isAnnotationPresent(EmulatorBaseUrl.class),
                        field.isAnnotationPresent(EmulatorV4BaseUrl.class),
                        field.isAnnotationPresent(EmulatorAfterShipBaseUrl.class)), context);
                if (value != null) {
                    field.setAccessible(true);
                    field.set(testInstance, value);
                }
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Emulator.class || ((parameter.isAnnotated(EmulatorBaseUrl.class)
                || parameter.isAnnotated(EmulatorV4BaseUrl.class) || parameter.isAnnotated(EmulatorAfterShipBaseUrl.class))
                && (type == String.class || type == URI.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Object value = valueFor(parameter.getParameter().getType(), face(parameter.isAnnotated(EmulatorBaseUrl.class),
                parameter.isAnnotated(EmulatorV4BaseUrl.class), parameter.isAnnotated(EmulatorAfterShipBaseUrl.class)),
                context);
        if (value == null) {
            throw new ParameterResolutionException("cannot resolve " + parameter.getParameter());
        }
        return value;
    }

    // Which base URL a field or parameter asks for: 2, 4, 1 (AfterShip), or 0 for none.
    private static int face(boolean v2, boolean v4, boolean afterShip) {
        return afterShip ? 1 : v4 ? 4 : v2 ? 2 : 0;
    }

    private Object valueFor(Class<?> type, int face, ExtensionContext context) {
        if (type == Emulator.class) {
            return emulatorFor(context);
        }
        if (face == 0 || type != String.class && type != URI.class) {
            return null;
        }
        Emulator emulator = emulatorFor(context);
        URI base = face == 4 ? emulator.v4BaseUri() : face == 1 ? emulator.afterShipBaseUri() : emulator.baseUri();
        return type == String.class ? base.toString() : base;
    }

    // One per test class: stored on the class-level context, so nested method contexts find it there.
    private Emulator emulatorFor(ExtensionContext context) {
        Running running = classStore(context).getOrComputeIfAbsent(key(context),
                k -> new Running(Emulator.start(options)), Running.class);
        registered = running.emulator();
        return running.emulator();
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private static ExtensionContext.Store classStore(ExtensionContext context) {
        return classContext(context).getStore(NAMESPACE);
    }

    private Object key(ExtensionContext context) {
        return classContext(context).getUniqueId() + "#" + System.identityHashCode(this);
    }

    /** The emulator, closed by JUnit with its store if {@link #afterAll} did not run. */
    private record Running(Emulator emulator) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            emulator.close();
        }
    }
}
