package io.parcelport.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The architecture rules of Parcelport, in one place so that {@link ArchitectureTest} checks them (every
 * {@code @ArchTest} constant) against every production class and {@link ArchitectureRulesFailTest} proves each of
 * them fails on a class that breaks it.
 *
 * <p>The rings, from the inside out: the domain ({@code io.parcelport.domain..}); the ports
 * ({@code io.parcelport.ports..}, driving ports in {@code .in}, driven ports in {@code .out}); the application
 * services ({@code io.parcelport.application..}); and the adapters. The driven adapters are the backends
 * ({@code io.parcelport.adapter.inmemory..}, {@code io.parcelport.adapter.trackingmore..} for API v2,
 * {@code io.parcelport.adapter.trackingmorev4..} for API v4, kept apart from each other like any two backends);
 * TrackingMore's wire format ({@code io.parcelport.wire.trackingmore..}, v4's under {@code .v4}) is shared by the two
 * TrackingMore backends and the emulator, and the REST plumbing ({@code io.parcelport.rest..}) by the three HTTP
 * backends. The command-line
 * tool ({@code io.parcelport.cli..}) and the emulator ({@code io.parcelport.emulator..}) are driving adapters.
 *
 * <p>No rule here is only about a package that nobody is writing: each rule's subject is the domain, the ports, the
 * application services or the backends, all of which exist or are being filled. {@code failOnEmptyShould} stays on
 * (stated in {@code archunit.properties}), so a rule whose subject is still empty fails rather than passes. The rules
 * that concern driving adapters are written generically ("only composition roots may ...", "no framework outside the
 * adapters"), so that they cover the next driving adapter the day its first class appears. The onion also demands that every class sits in one of its rings, so that
 * first class fails the build until it is given a place in {@link #ONION_ARCHITECTURE} (see the note there).
 */
public final class ParcelportRules {

    static final String DOMAIN = "io.parcelport.domain..";
    static final String PORTS = "io.parcelport.ports..";
    static final String DRIVING_PORTS = "io.parcelport.ports.in..";
    static final String DRIVEN_PORTS = "io.parcelport.ports.out..";
    static final String APPLICATION = "io.parcelport.application..";
    static final String IN_MEMORY_BACKEND = "io.parcelport.adapter.inmemory..";
    static final String TRACKINGMORE_BACKEND = "io.parcelport.adapter.trackingmore..";
    static final String TRACKINGMORE_V4_BACKEND = "io.parcelport.adapter.trackingmorev4..";
    static final String AFTERSHIP_BACKEND = "io.parcelport.adapter.aftership..";
    static final String REST_SUPPORT = "io.parcelport.rest..";
    static final String AFTERSHIP_WIRE = "io.parcelport.wire.aftership..";
    static final String CDI = "io.parcelport.cdi..";
    static final String TRACKINGMORE_WIRE = "io.parcelport.wire.trackingmore..";
    static final String PACING = "io.parcelport.pacing..";
    static final String LIMITER = "io.parcelport.limiter..";
    /** The distributed stores' libraries: the distributed limiter's business alone. */
    static final String[] STORE_LIBRARIES = {"io.github.bucket4j..", "com.hazelcast..", "io.lettuce.."};
    static final String CLI = "io.parcelport.cli..";
    static final String EMULATOR = "io.parcelport.emulator..";
    /** The driven adapters (backends) and the wire formats they share with driving adapters. */
    static final String[] ADAPTER_RING = {"io.parcelport.adapter..", "io.parcelport.wire..", REST_SUPPORT};
    /** Library code: everything a user of the published artifacts gets, i.e. all but driving adapters. */
    static final String[] LIBRARY = {
        DOMAIN, PORTS, APPLICATION, PACING, LIMITER, "io.parcelport.adapter..", "io.parcelport.wire..",
        REST_SUPPORT, CDI};
    private static final DescribedPredicate<JavaClass> IN_LIBRARY = resideInAnyPackage(LIBRARY);
    /** Where frameworks (Jakarta EE, RESTEasy, Yasson, MicroProfile) may be used. */
    static final String[] FRAMEWORK_USERS = {
        "io.parcelport.adapter..", "io.parcelport.wire..", REST_SUPPORT, "io.parcelport.emulator..",
        "io.parcelport.cli..", CDI};

    /**
     * The one criterion for a composition root: a class whose top-level class's simple name ends in {@code Main}
     * (e.g. {@code ParcelportCliMain}, {@code EmulatorMain}, with their nested classes), outside the library code;
     * and the CDI wiring ({@code io.parcelport.cdi..}), a published module whose whole purpose is to let a container
     * be the composition root. Only composition roots may pick concrete application services and backends;
     * everything else talks to ports.
     */
    public static final DescribedPredicate<JavaClass> COMPOSITION_ROOTS = DescribedPredicate.describe(
            "composition roots (classes named *Main, and their nested classes, outside the library packages; the"
                    + " CDI wiring)",
            javaClass -> topLevelClassOf(javaClass).getSimpleName().endsWith("Main") && !IN_LIBRARY.test(javaClass)
                    || resideInAnyPackage(CDI).test(javaClass));

    /**
     * ArchUnit's onion: domain &lt;- ports &lt;- application &lt;- adapters, dependencies only point inwards, and
     * adapters never use each other, with three documented exceptions:
     * <ul>
     *   <li>a composition root of a driving adapter (see {@link #COMPOSITION_ROOTS}) may wire a backend; every other
     *       class of the command-line tool and of the emulator still may not touch one;</li>
     *   <li>the TrackingMore wire format ({@code io.parcelport.wire.trackingmore..}) is an adapter of its own that
     *       exactly three others may use: the two TrackingMore backends, v2 and v4 (clients of the format), and the
     *       emulator (a server of it). The wire format itself uses no other adapter, and the command-line tool may
     *       not speak it;</li>
     *   <li>the REST plumbing ({@code io.parcelport.rest..}) is an adapter of its own that the three HTTP backends
     *       share; it uses only the ports and the pacing engine, and knows no vendor;</li>
     *   <li>the command-line tool may run the emulator (its {@code serve} command);</li>
     *   <li>the pacing engine ({@code io.parcelport.pacing..}) is an adapter of its own that the HTTP backends build
     *       their vendor's pacing from, that the command-line tool listens to (it shows long waits), and whose ticker the
     *       in-memory backend and the emulator wait on when they simulate latency. It uses
     *       only the ports; the domain, the ports and the application services never see it, since pacing belongs
     *       to the backend that knows its vendor's limits.</li>
     *   <li>the distributed limiter ({@code io.parcelport.limiter..}, {@code parcelport-limiter-bucket4j}) is a
     *       driven adapter of the pacing engine: it implements pacing's {@code Limiters} port over Bucket4j and uses
     *       nothing of Parcelport but the pacing engine; no backend uses it (an application hands it to a backend's
     *       configuration), and it uses no backend.</li>
     * </ul>
     * Every imported class must sit in one of the rings, and no ring may be empty: while one is, ArchUnit reports
     * only "Layer '...' is empty" and checks no dependency at all.
     *
     * <p>A new driving adapter fails this rule with "not contained in architecture" until it is placed here with
     * {@code .adapter("...", "io.parcelport.<name>..")}; its composition roots may wire backends like the others'.
     */
    @ArchTest
    public static final ArchRule ONION_ARCHITECTURE = onionArchitecture()
            .domainModels(DOMAIN)
            .domainServices(PORTS)
            .applicationServices(APPLICATION)
            .adapter("in-memory backend", IN_MEMORY_BACKEND)
            .adapter("TrackingMore backend", TRACKINGMORE_BACKEND)
            .adapter("TrackingMore v4 backend", TRACKINGMORE_V4_BACKEND)
            .adapter("AfterShip backend", AFTERSHIP_BACKEND)
            .adapter("REST support", REST_SUPPORT)
            .adapter("AfterShip wire format", AFTERSHIP_WIRE)
            .adapter("CDI wiring", CDI)
            .adapter("TrackingMore wire format", TRACKINGMORE_WIRE)
            .adapter("command-line tool", CLI)
            .adapter("emulator", EMULATOR)
            .adapter("pacing engine", PACING)
            .adapter("distributed limiter", LIMITER)
            .ignoreDependency(COMPOSITION_ROOTS, resideInAnyPackage("io.parcelport.adapter.."))
            .ignoreDependency(resideInAnyPackage(TRACKINGMORE_BACKEND, TRACKINGMORE_V4_BACKEND, EMULATOR),
                    resideInAnyPackage(TRACKINGMORE_WIRE))
            .ignoreDependency(resideInAnyPackage(AFTERSHIP_BACKEND, EMULATOR), resideInAnyPackage(AFTERSHIP_WIRE))
            .ignoreDependency(resideInAnyPackage(TRACKINGMORE_BACKEND, TRACKINGMORE_V4_BACKEND, AFTERSHIP_BACKEND),
                    resideInAnyPackage(REST_SUPPORT))
            .ignoreDependency(resideInAnyPackage(CLI), resideInAnyPackage(EMULATOR))
            .ignoreDependency(resideInAnyPackage("io.parcelport.adapter..", REST_SUPPORT, CLI, EMULATOR, LIMITER, CDI),
                    resideInAnyPackage(PACING))
            .ensureAllClassesAreContainedInArchitecture();

    /**
     * Allowlist: the distributed limiter is built from the pacing engine's port and its stores' libraries only; it
     * knows no backend, no vendor, no use case.
     */
    @ArchTest
    public static final ArchRule THE_LIMITER_USES_ONLY_PACING_AND_ITS_STORES = classes()
            .that().resideInAPackage(LIMITER)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", PACING, LIMITER, STORE_LIBRARIES[0],
                    STORE_LIBRARIES[1], STORE_LIBRARIES[2])
            .because("it is a driven adapter of the pacing layer, shared by every backend that takes it");

    /**
     * Bucket4j, Hazelcast and Lettuce stay in the distributed limiter: the default path adds no dependency, and no
     * other module may grow one on a store.
     */
    @ArchTest
    public static final ArchRule STORE_LIBRARIES_ONLY_IN_THE_LIMITER = noClasses()
            .that().resideOutsideOfPackage(LIMITER)
            .should().dependOnClassesThat().resideInAnyPackage(STORE_LIBRARIES)
            .because("one-process users get no store library; only parcelport-limiter-bucket4j brings them");

    /** Allowlist: the domain is plain Java; Immutables annotations and its generated classes are the one exception. */
    @ArchTest
    public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_THE_JDK = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, "org.immutables.value..")
            .because("the domain is backend-neutral and has no runtime dependency (STYLE 1)");

    /**
     * Allowlist: port signatures speak the domain's language and nothing else. Immutables is allowed as in the domain
     * because the ports module declares the Immutables annotations ({@code provided}) for its commands.
     */
    @ArchTest
    public static final ArchRule PORTS_DEPEND_ONLY_ON_THE_DOMAIN_AND_THE_JDK = classes()
            .that().resideInAPackage(PORTS)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, PORTS, "org.immutables.value..")
            .because("ports use domain types and java.* only, never a backend's wire format (STYLE 2)");

    /** Driving ports (use cases) are not built from driven ports; the application services connect the two. */
    @ArchTest
    public static final ArchRule DRIVING_PORTS_DO_NOT_USE_DRIVEN_PORTS = portsKeptApart(DRIVING_PORTS, DRIVEN_PORTS);

    /** Driven ports know nothing of the use cases that drive them. */
    @ArchTest
    public static final ArchRule DRIVEN_PORTS_DO_NOT_USE_DRIVING_PORTS = portsKeptApart(DRIVEN_PORTS, DRIVING_PORTS);

    /** Backends (and their wire formats) implement driven ports; they never call back into the use cases. */
    @ArchTest
    public static final ArchRule BACKENDS_DO_NOT_USE_APPLICATION_SERVICES = noClasses()
            .that().resideInAnyPackage(ADAPTER_RING)
            .should().dependOnClassesThat().resideInAPackage(APPLICATION)
            .because("an adapter needs ports and domain, never application (STYLE 1)");

    /** Outside the application services themselves, only composition roots pick a concrete service. */
    @ArchTest
    public static final ArchRule ONLY_COMPOSITION_ROOTS_USE_APPLICATION_SERVICES =
            onlyCompositionRootsUse(APPLICATION, "driving adapters call use cases through io.parcelport.ports.in");

    /** Outside the backends themselves, only composition roots pick a backend; everything else sees driven ports. */
    @ArchTest
    public static final ArchRule ONLY_COMPOSITION_ROOTS_USE_BACKENDS =
            onlyCompositionRootsUse("io.parcelport.adapter..", "backends are reached through io.parcelport.ports.out");

    /** Jakarta EE, RESTEasy, Yasson, MicroProfile, Spring and JSR-330 stay in the adapter ring and driving adapters. */
    @ArchTest
    public static final ArchRule NO_FRAMEWORKS_OUTSIDE_THE_ADAPTERS = noClasses()
            .that().resideOutsideOfPackages(FRAMEWORK_USERS)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta..", "javax.inject..", "org.jboss..", "org.eclipse..", "org.springframework..")
            .because("domain, ports and application services are framework-free");

    /**
     * The core does not log through java.util.logging; it reports through return values and exceptions. Not the
     * built-in {@link GeneralCodingRules#USE_JAVA_UTIL_LOGGING}: that condition only sees a JUL object being assigned
     * to a field, and misses {@code Logger.getLogger(..).info(..)} called inline.
     */
    @ArchTest
    public static final ArchRule CORE_DOES_NOT_USE_JAVA_UTIL_LOGGING = noClasses()
            .that().resideInAnyPackage(DOMAIN, PORTS)
            .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
            .because("the domain and the ports have no side effects to log");

    /**
     * Parcelport's own logging goes through {@code System.Logger}, one channel an application routes once. The one
     * exception is the REST plumbing's {@code WireLogSilencer}, which must speak java.util.logging to cap the
     * Apache HttpClient loggers that would print the API key.
     */
    @ArchTest
    public static final ArchRule LOGS_GO_THROUGH_SYSTEM_LOGGER = noClasses()
            .that().resideInAPackage("io.parcelport..").and().doNotHaveSimpleName("WireLogSilencer")
            .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
            .because("an application routes System.Logger once; a second channel would have to be routed again");

    /** Library code never writes to System.out/System.err or prints stack traces (built-in condition). */
    @ArchTest
    public static final ArchRule LIBRARY_CODE_DOES_NOT_USE_STANDARD_STREAMS = noClasses()
            .that().resideInAnyPackage(LIBRARY)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("a library must not write to its user's console; only the CLI and the emulator may");

    private static final DescribedPredicate<JavaMethodCall> SLEEPING_CALL = DescribedPredicate.describe(
            "Thread.sleep, TimeUnit.sleep or LockSupport.park*", call -> {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                return (owner.equals(Thread.class.getName()) || owner.equals(TimeUnit.class.getName()))
                        && name.equals("sleep")
                        || owner.equals(LockSupport.class.getName()) && name.startsWith("park");
            });

    /**
     * Nothing outside {@code io.parcelport.pacing} puts a thread to sleep: waits go through a pacing
     * {@code Ticker}, so that they are paced, bounded by a deadline, heard by a listener and replaced in tests. Even
     * the simulated latency of the in-memory backend and the emulator waits on a {@code Ticker}.
     */
    @ArchTest
    public static final ArchRule ONLY_PACING_SLEEPS = noClasses()
            .that().resideOutsideOfPackage(PACING)
            .should().callMethodWhere(SLEEPING_CALL)
            .because("waits belong to the pacing engine, which bounds them, reports them and lets tests skip them");

    /**
     * Only the TrackingMore wire module may spell TrackingMore's status words: no class outside
     * {@code io.parcelport.wire.trackingmore..} holds {@code "transit"}, {@code "pickup"}, {@code "undelivered"},
     * {@code "notfound"} or {@code "inforeceived"} as a string literal (read from the class file, so a map entry, a
     * {@code switch} case and a constant all count). These five are the v2 words that are not also plain English; the
     * others ({@code pending}, {@code delivered}...) are left out rather than forbidding ordinary words. TrackingMore's
     * meta codes are numbers javac compiles into instructions, not literals a rule can read; the onion keeps them in
     * the wire module instead, since only the TrackingMore backend and the emulator may use it.
     */
    @ArchTest
    public static final ArchRule ONLY_THE_WIRE_MODULE_SPELLS_V2_STATUS_WORDS = classes()
            .that().resideOutsideOfPackage(TRACKINGMORE_WIRE)
            .should(VendorWords.holdNoV2StatusWordLiteral())
            .because("the wire module is the one translator of TrackingMore's words (STYLE 22)");

    /**
     * TrackingMore v4's own wire words stay with the v4 client and the wire module: no class outside
     * {@code io.parcelport.wire.trackingmore..} and {@code io.parcelport.adapter.trackingmorev4..} holds one of
     * {@link VendorWords#V4_WIRE_WORDS} ({@code "courier_code"}, {@code "delivery_status"}, {@code "Tracking-Api-Key"}...)
     * as a string literal. These are the field, parameter and header names v4 introduced; the words v4 shares with
     * v2 ({@code tracking_number}, the status words) are left to the rule above. The emulator is exempt as well: it
     * serves v4 (a server of the format, as the onion lets it use the wire module), and its v4 face names the header
     * and fields it reads. AfterShip's wire module may spell {@code tracking_numbers} too: it is also AfterShip's own
     * list parameter.
     */
    @ArchTest
    public static final ArchRule V4_WIRE_WORDS_STAY_IN_THE_WIRE_AND_THE_V4_BACKEND = classes()
            .that().resideOutsideOfPackages(TRACKINGMORE_WIRE, TRACKINGMORE_V4_BACKEND, EMULATOR, AFTERSHIP_WIRE)
            .should(VendorWords.holdNoV4WireWordLiteral())
            .because("the wire module and the v4 backend are the one translator of v4's words (STYLE 4, 22)");

    /**
     * The domain has no vendor word: no class, field or method with "TrackingMore" in its name, and none of the v2
     * status words of {@link #ONLY_THE_WIRE_MODULE_SPELLS_V2_STATUS_WORDS} as a string literal.
     */
    @ArchTest
    public static final ArchRule THE_DOMAIN_HAS_NO_VENDOR_WORD = classes()
            .that().resideInAPackage(DOMAIN)
            .should(VendorWords.notBeNamedAfterTheVendor())
            .andShould(VendorWords.holdNoV2StatusWordLiteral())
            .because("the domain is backend-neutral; a backend's words belong in its adapter (STYLE 1, 2)");

    /** ArchUnit's built-in rule, over every class: constructor injection only. */
    /**
     * The domain's packages by concept ({@code shipment}, {@code aircargo}, {@code carrier}, {@code account},
     * {@code insight}) depend on each other in one direction only, so each can be read, and moved, with what it needs.
     */
    @ArchTest
    public static final ArchRule DOMAIN_PACKAGES_ARE_FREE_OF_CYCLES = slices()
            .matching("io.parcelport.domain.(*)..")
            .should().beFreeOfCycles()
            .because("a package by concept that needs another which needs it back is one concept cut in two");

    @ArchTest
    public static final ArchRule NO_FIELD_INJECTION = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    private ParcelportRules() {
    }

    /** Inbound and outbound ports are kept apart: classes of {@code user} do not use classes of {@code used}. */
    private static ArchRule portsKeptApart(String user, String used) {
        return noClasses()
                .that().resideInAPackage(user)
                .should().dependOnClassesThat().resideInAPackage(used)
                .because("inbound and outbound ports are kept apart (STYLE 3)");
    }

    /** Outside {@code ring} itself, only composition roots use its classes. */
    private static ArchRule onlyCompositionRootsUse(String ring, String because) {
        return noClasses()
                .that(not(COMPOSITION_ROOTS))
                .and().resideOutsideOfPackage(ring)
                .should().dependOnClassesThat().resideInAPackage(ring)
                .because(because);
    }

    private static JavaClass topLevelClassOf(JavaClass javaClass) {
        JavaClass current = javaClass;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }
}
