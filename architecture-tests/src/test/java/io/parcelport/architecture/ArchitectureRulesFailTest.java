package io.parcelport.architecture;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.parcelport.adapter.aftership.archfixtures.AfterShipHttpClient;
import io.parcelport.adapter.aftership.archfixtures.TrackingMoreWireBorrower;
import io.parcelport.adapter.inmemory.archfixtures.BucketCountingStore;
import io.parcelport.adapter.inmemory.archfixtures.ConsolePrintingStore;
import io.parcelport.adapter.inmemory.archfixtures.InMemoryShipmentStore;
import io.parcelport.adapter.inmemory.archfixtures.PickupConstantStore;
import io.parcelport.adapter.inmemory.archfixtures.TrackingMoreBorrowingStore;
import io.parcelport.adapter.inmemory.archfixtures.UseCaseCallingStore;
import io.parcelport.adapter.trackingmore.archfixtures.NappingHttpClient;
import io.parcelport.adapter.trackingmore.archfixtures.TrackingMoreHttpClient;
import io.parcelport.adapter.trackingmorev4.archfixtures.V2BorrowingV4Client;
import io.parcelport.adapter.trackingmorev4.archfixtures.V4HttpClient;
import io.parcelport.application.archfixtures.JsonbAnnotatedService;
import io.parcelport.application.archfixtures.PacingService;
import io.parcelport.application.archfixtures.TrackShipmentService;
import io.parcelport.cdi.archfixtures.ContainerPrinter;
import io.parcelport.cdi.archfixtures.ContainerWiring;
import io.parcelport.cli.archfixtures.BackendChoosingCommand;
import io.parcelport.cli.archfixtures.CourierCodeCommand;
import io.parcelport.cli.archfixtures.EmulatorStartingCommand;
import io.parcelport.cli.archfixtures.ParcelportCliMain;
import io.parcelport.cli.archfixtures.TrackCommand;
import io.parcelport.cli.archfixtures.UsageText;
import io.parcelport.cli.archfixtures.WireReadingCommand;
import io.parcelport.domain.archfixtures.JsonBoundParcelLabel;
import io.parcelport.domain.archfixtures.JulLoggingPolicy;
import io.parcelport.domain.archfixtures.ShipmentPageHolder;
import io.parcelport.domain.archfixtures.TrackingMoreStatusNames;
import io.parcelport.domain.archfixtures.UndeliveredPrefix;
import io.parcelport.domain.cyclea.Left;
import io.parcelport.domain.cycleb.Right;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.emulator.archfixtures.EnvelopeWritingHandler;
import io.parcelport.emulator.archfixtures.StoreReachingHandler;
import io.parcelport.emulator.archfixtures.TransitWordFilter;
import io.parcelport.limiter.bucket4j.archfixtures.BackendPacingLimiter;
import io.parcelport.limiter.bucket4j.archfixtures.SharedBucketStore;
import io.parcelport.pacing.Ticker;
import io.parcelport.ports.Page;
import io.parcelport.ports.in.archfixtures.BackendExposingUseCase;
import io.parcelport.ports.out.archfixtures.JsonSpeakingTracker;
import io.parcelport.ports.out.archfixtures.ListenerNotifyingTracker;
import io.parcelport.rest.archfixtures.BackendKnowingTransport;
import io.parcelport.rest.archfixtures.SharedTransport;
import io.parcelport.unplaced.archfixtures.UnplacedText;
import io.parcelport.wire.aftership.archfixtures.AfterShipEnvelope;
import io.parcelport.wire.trackingmore.archfixtures.StatusWordTable;
import io.parcelport.wire.trackingmore.archfixtures.StoreReadingWire;
import io.parcelport.wire.trackingmore.archfixtures.WireEnvelope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that each rule of {@link ParcelportRules} fails on a class that breaks it, so that {@link ArchitectureTest}
 * passing means something.
 *
 * <p>The rules name the real packages, so the broken classes must live there too: they are test classes of this
 * module in {@code io.parcelport.<ring>.archfixtures} packages. {@link ArchitectureTest} never sees them because it
 * imports with {@link ImportOption.DoNotIncludeTests} (checked by {@link #productionImportLeavesTheFixturesOut()}).
 * Each test imports just the fixtures it needs (for the onion, plus one compliant class in every ring) and checks the
 * very {@link ArchRule} constant that {@link ArchitectureTest} uses; it passes only if one line of the failure report
 * names both the violating fixture and what it wrongly uses (a report that fails for another reason, such as an
 * empty layer or an empty subject, does not count).
 */
class ArchitectureRulesFailTest {

    @Test
    void productionImportLeavesTheFixturesOut() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("io.parcelport");

        assertThat(production.stream().map(JavaClass::getName))
                .contains("io.parcelport.domain.shipment.Shipment")
                .noneMatch(name -> name.contains(".archfixtures.") || name.startsWith("io.parcelport.architecture."));
    }

    @Test
    void onionAcceptsOneCompliantClassInEveryRing() {
        // The baseline of the onion tests below: with a ring empty, the onion reports only "Layer ... is empty"
        // and checks no dependency at all.
        assertThatCode(() -> ParcelportRules.ONION_ARCHITECTURE.check(oneClassInEveryRingAnd()))
                .doesNotThrowAnyException();
    }

    @Test
    void onionFailsWhenTheDomainUsesAPort() {
        assertViolation(ParcelportRules.ONION_ARCHITECTURE, oneClassInEveryRingAnd(ShipmentPageHolder.class),
                ShipmentPageHolder.class.getName(), "io.parcelport.ports.Page");
    }

    @Test
    void onionFailsWhenOneBackendUsesAnother() {
        assertViolation(ParcelportRules.ONION_ARCHITECTURE, oneClassInEveryRingAnd(TrackingMoreBorrowingStore.class),
                TrackingMoreBorrowingStore.class.getName(), TrackingMoreHttpClient.class.getName());
    }

    @Test
    void onionFailsWhenTheAfterShipBackendReadsTrackingMoresWireFormat() {
        assertViolation(ParcelportRules.ONION_ARCHITECTURE, oneClassInEveryRingAnd(TrackingMoreWireBorrower.class),
                TrackingMoreWireBorrower.class.getName(), WireEnvelope.class.getName());
    }

    @Test
    void theCdiWiringIsLibraryCodeThatMayNotPrint() {
        assertViolation(ParcelportRules.LIBRARY_CODE_DOES_NOT_USE_STANDARD_STREAMS,
                new ClassFileImporter().importClasses(ContainerPrinter.class), ContainerPrinter.class.getName(),
                "System.out");
    }

    @Test
    void onionFailsWhenTheDistributedLimiterUsesABackend() {
        assertViolation(ParcelportRules.ONION_ARCHITECTURE, oneClassInEveryRingAnd(BackendPacingLimiter.class),
                BackendPacingLimiter.class.getName(), TrackingMoreHttpClient.class.getName());
    }

    @Test
    void theLimiterMayUseOnlyPacingAndItsStores() {
        assertThatCode(() -> ParcelportRules.THE_LIMITER_USES_ONLY_PACING_AND_ITS_STORES.check(
                classes(SharedBucketStore.class))).doesNotThrowAnyException();
        assertViolation(ParcelportRules.THE_LIMITER_USES_ONLY_PACING_AND_ITS_STORES,
                classes(SharedBucketStore.class, BackendPacingLimiter.class), BackendPacingLimiter.class.getName(),
                TrackingMoreHttpClient.class.getName());
    }

    @Test
    void storeLibrariesStayInTheLimiter() {
        assertViolation(ParcelportRules.STORE_LIBRARIES_ONLY_IN_THE_LIMITER,
                classes(SharedBucketStore.class, BucketCountingStore.class), BucketCountingStore.class.getName(),
                "io.github.bucket4j.Bucket");
    }

    @Test
    void onionFailsWhenAClassBelongsToNoRing() {
        assertViolation(ParcelportRules.ONION_ARCHITECTURE, oneClassInEveryRingAnd(UnplacedText.class),
                UnplacedText.class.getName(), "is not contained in architecture");
    }

    @Test
    void onionFailsWhenACliCommandUsesABackend() {
        // The composition roots' exemption is theirs alone: any other class of the CLI ring stays off the backends.
        assertViolation(ParcelportRules.ONION_ARCHITECTURE, oneClassInEveryRingAnd(BackendChoosingCommand.class),
                BackendChoosingCommand.class.getName(), InMemoryShipmentStore.class.getName());
    }

    @Test
    void onionLetsACliCompositionRootWireABackendAndAnApplicationService() {
        assertThatCode(() -> ParcelportRules.ONION_ARCHITECTURE.check(oneClassInEveryRingAnd(
                ParcelportCliMain.class))).doesNotThrowAnyException();
    }

    @Test
    void onionFailsWhenAnEmulatorHandlerReachesAroundTheUseCasesToABackend() {
        assertViolation(ParcelportRules.ONION_ARCHITECTURE, oneClassInEveryRingAnd(StoreReachingHandler.class),
                StoreReachingHandler.class.getName(), InMemoryShipmentStore.class.getName());
    }

    @Test
    void onionFailsWhenTheWireFormatUsesABackend() {
        assertViolation(ParcelportRules.ONION_ARCHITECTURE, oneClassInEveryRingAnd(StoreReadingWire.class),
                StoreReadingWire.class.getName(), InMemoryShipmentStore.class.getName());
    }

    @Test
    void onionFailsWhenAnAdapterOtherThanTheTwoSharingItSpeaksTheWireFormat() {
        assertViolation(ParcelportRules.ONION_ARCHITECTURE, oneClassInEveryRingAnd(WireReadingCommand.class),
                WireReadingCommand.class.getName(), WireEnvelope.class.getName());
    }

    @Test
    void onionFailsWhenAnApplicationServicePacesBackendCalls() {
        // Pacing belongs to the backend that knows its vendor: the application may not reach for it.
        assertViolation(ParcelportRules.ONION_ARCHITECTURE, oneClassInEveryRingAnd(PacingService.class),
                PacingService.class.getName(), Ticker.class.getName());
    }

    @Test
    void onionFailsWhenTheV4BackendUsesTheV2Backend() {
        assertViolation(ParcelportRules.ONION_ARCHITECTURE, oneClassInEveryRingAnd(V2BorrowingV4Client.class),
                V2BorrowingV4Client.class.getName(), TrackingMoreHttpClient.class.getName());
    }

    @Test
    void onionFailsWhenTheSharedRestPlumbingReachesIntoABackend() {
        assertViolation(ParcelportRules.ONION_ARCHITECTURE, oneClassInEveryRingAnd(BackendKnowingTransport.class),
                BackendKnowingTransport.class.getName(), TrackingMoreHttpClient.class.getName());
    }

    @Test
    void v4WordRuleFailsWhenACliClassSpellsAV4WireWord() {
        assertViolation(ParcelportRules.V4_WIRE_WORDS_STAY_IN_THE_WIRE_AND_THE_V4_BACKEND,
                classes(CourierCodeCommand.class), CourierCodeCommand.class.getName(), "\"courier_code\"");
    }

    @Test
    void v4WordRuleLetsTheV4BackendSpellItsWords() {
        // UsageText keeps the subject (classes outside the wire module and the v4 backend) non-empty.
        assertThatCode(() -> ParcelportRules.V4_WIRE_WORDS_STAY_IN_THE_WIRE_AND_THE_V4_BACKEND
                .check(classes(V4HttpClient.class, UsageText.class))).doesNotThrowAnyException();
    }

    @Test
    void domainCycleRuleFailsWhenTwoDomainPackagesUseEachOther() {
        JavaClasses classes = new ClassFileImporter().importClasses(Left.class, Right.class);

        assertThatThrownBy(() -> ParcelportRules.DOMAIN_PACKAGES_ARE_FREE_OF_CYCLES.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected").hasMessageContaining("cyclea").hasMessageContaining("cycleb");
    }

    @Test
    void sleepRuleFailsWhenABackendSleepsOutsideThePacingEngine() {
        JavaClasses classes = new ClassFileImporter().importClasses(NappingHttpClient.class, Ticker.class);

        for (String sleep : List.of("java.lang.Thread.sleep", "java.util.concurrent.TimeUnit.sleep",
                "java.util.concurrent.locks.LockSupport.parkNanos")) {
            assertViolation(ParcelportRules.ONLY_PACING_SLEEPS, classes, NappingHttpClient.class.getName(), sleep);
        }
    }

    @Test
    void onionLetsTheEmulatorWriteTheWireFormatAndTheCliRunTheEmulator() {
        assertThatCode(() -> ParcelportRules.ONION_ARCHITECTURE.check(oneClassInEveryRingAnd(
                EmulatorStartingCommand.class))).doesNotThrowAnyException();
    }

    @Test
    void compositionRootRuleFailsWhenAnEmulatorHandlerPicksABackend() {
        assertViolation(ParcelportRules.ONLY_COMPOSITION_ROOTS_USE_BACKENDS, classes(StoreReachingHandler.class),
                StoreReachingHandler.class.getName(), InMemoryShipmentStore.class.getName());
    }

    @Test
    void domainRuleFailsWhenADomainClassUsesJsonBinding() {
        assertViolation(ParcelportRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK, classes(JsonBoundParcelLabel.class),
                JsonBoundParcelLabel.class.getName(), "jakarta.json.bind.annotation.JsonbProperty");
    }

    @Test
    void portsRuleFailsWhenAPortSignatureLeaksJsonBinding() {
        assertViolation(ParcelportRules.PORTS_DEPEND_ONLY_ON_THE_DOMAIN_AND_THE_JDK,
                classes(JsonSpeakingTracker.class),
                JsonSpeakingTracker.class.getName(), "jakarta.json.bind.Jsonb");
    }

    @Test
    void drivingPortsRuleFailsWhenAUseCaseHandsOutABackend() {
        assertViolation(ParcelportRules.DRIVING_PORTS_DO_NOT_USE_DRIVEN_PORTS, classes(BackendExposingUseCase.class),
                BackendExposingUseCase.class.getName(), "io.parcelport.ports.out.TrackingBackend");
    }

    @Test
    void drivenPortsRuleFailsWhenATrackerTakesAUseCaseListener() {
        assertViolation(ParcelportRules.DRIVEN_PORTS_DO_NOT_USE_DRIVING_PORTS,
                classes(ListenerNotifyingTracker.class),
                ListenerNotifyingTracker.class.getName(), "io.parcelport.ports.in.ShipmentEventListener");
    }

    @Test
    void backendRuleFailsWhenABackendCallsAnApplicationService() {
        assertViolation(ParcelportRules.BACKENDS_DO_NOT_USE_APPLICATION_SERVICES, classes(UseCaseCallingStore.class),
                UseCaseCallingStore.class.getName(), "io.parcelport.application.archfixtures.TrackShipmentService");
    }

    @Test
    void compositionRootRuleFailsWhenACommandPicksAnApplicationService() {
        assertViolation(ParcelportRules.ONLY_COMPOSITION_ROOTS_USE_APPLICATION_SERVICES,
                classes(TrackCommand.class),
                TrackCommand.class.getName(), "io.parcelport.application.archfixtures.TrackShipmentService");
    }

    @Test
    void compositionRootRuleFailsWhenACommandPicksABackend() {
        assertViolation(ParcelportRules.ONLY_COMPOSITION_ROOTS_USE_BACKENDS, classes(BackendChoosingCommand.class),
                BackendChoosingCommand.class.getName(), "io.parcelport.adapter.inmemory.archfixtures");
    }

    @Test
    void compositionRootsMayPickApplicationServicesAndBackends() {
        // UsageText keeps the rules' subject non-empty: the composition root itself is exempt from both.
        JavaClasses rootAndCompliantClass = classes(ParcelportCliMain.class, UsageText.class);

        assertThat(ParcelportRules.COMPOSITION_ROOTS.test(rootAndCompliantClass.get(ParcelportCliMain.class)))
                .isTrue();
        assertThatCode(() -> ParcelportRules.ONLY_COMPOSITION_ROOTS_USE_APPLICATION_SERVICES
                .check(rootAndCompliantClass)).doesNotThrowAnyException();
        assertThatCode(() -> ParcelportRules.ONLY_COMPOSITION_ROOTS_USE_BACKENDS.check(rootAndCompliantClass))
                .doesNotThrowAnyException();
    }

    @Test
    void frameworkRuleFailsWhenAnApplicationServiceCarriesAJakartaAnnotation() {
        assertViolation(ParcelportRules.NO_FRAMEWORKS_OUTSIDE_THE_ADAPTERS, classes(JsonbAnnotatedService.class),
                JsonbAnnotatedService.class.getName(), "jakarta.json.bind.annotation.JsonbTransient");
    }

    @Test
    void loggingRuleFailsWhenTheDomainLogsThroughJavaUtilLogging() {
        assertViolation(ParcelportRules.CORE_DOES_NOT_USE_JAVA_UTIL_LOGGING, classes(JulLoggingPolicy.class),
                JulLoggingPolicy.class.getName(), "java.util.logging.Logger");
    }

    @Test
    void systemLoggerRuleFailsWhenAnyParcelportClassLogsThroughJavaUtilLogging() {
        assertViolation(ParcelportRules.LOGS_GO_THROUGH_SYSTEM_LOGGER, classes(JulLoggingPolicy.class),
                JulLoggingPolicy.class.getName(), "java.util.logging.Logger");
    }

    @Test
    void standardStreamsRuleFailsWhenABackendPrintsToTheConsole() {
        assertViolation(ParcelportRules.LIBRARY_CODE_DOES_NOT_USE_STANDARD_STREAMS,
                classes(ConsolePrintingStore.class),
                ConsolePrintingStore.class.getName(), "java.lang.System.out");
    }

    @Test
    void statusWordRuleFailsWhenAnEmulatorClassSpellsAStatusWordItself() {
        assertViolation(ParcelportRules.ONLY_THE_WIRE_MODULE_SPELLS_V2_STATUS_WORDS,
                classes(TransitWordFilter.class),
                TransitWordFilter.class.getName(), "\"transit\"");
    }

    @Test
    void statusWordRuleFailsOnAnInlinedConstantOutsideTheWireModule() {
        assertViolation(ParcelportRules.ONLY_THE_WIRE_MODULE_SPELLS_V2_STATUS_WORDS,
                classes(PickupConstantStore.class),
                PickupConstantStore.class.getName(), "\"pickup\"");
    }

    @Test
    void statusWordRuleLetsTheWireModuleSpellTheWords() {
        // UsageText keeps the subject (classes outside the wire module) non-empty.
        assertThatCode(() -> ParcelportRules.ONLY_THE_WIRE_MODULE_SPELLS_V2_STATUS_WORDS
                .check(classes(StatusWordTable.class, UsageText.class))).doesNotThrowAnyException();
    }

    @Test
    void domainVendorRuleFailsOnAClassAndAMethodNamedAfterTheVendor() {
        assertViolation(ParcelportRules.THE_DOMAIN_HAS_NO_VENDOR_WORD, classes(TrackingMoreStatusNames.class),
                TrackingMoreStatusNames.class.getName(), "is named after TrackingMore");
        assertViolation(ParcelportRules.THE_DOMAIN_HAS_NO_VENDOR_WORD, classes(TrackingMoreStatusNames.class),
                "fromTrackingMore", TrackingMoreStatusNames.class.getName());
    }

    @Test
    void domainVendorRuleFailsOnAStatusWordInAMapLiteral() {
        assertViolation(ParcelportRules.THE_DOMAIN_HAS_NO_VENDOR_WORD, classes(UndeliveredPrefix.class),
                UndeliveredPrefix.class.getName(), "\"undelivered\"");
    }

    @Test
    void domainVendorRuleAcceptsTheRealDomain() {
        assertThatCode(() -> ParcelportRules.THE_DOMAIN_HAS_NO_VENDOR_WORD.check(classes(ShipmentKey.class,
                io.parcelport.domain.shipment.SubStatus.class, io.parcelport.domain.shipment.DeliveryStatus.class)))
                .doesNotThrowAnyException();
    }

    /**
     * No injection annotation is on this module's test classpath, and a stand-in {@code jakarta.inject.Inject} among
     * the test sources would shadow the real one once a backend brings it. So the fixture and a stand-in annotation
     * are compiled here, into a temporary folder, and imported from there; ArchUnit matches annotations by name.
     */
    @Test
    void fieldInjectionRuleFailsWhenAFieldIsInjected(@TempDir Path workDir) throws IOException {
        JavaClasses compiled = compileAndImport(workDir, Map.of(
                "jakarta/inject/Inject.java", """
                        package jakarta.inject;

                        import java.lang.annotation.Retention;
                        import java.lang.annotation.RetentionPolicy;

                        @Retention(RetentionPolicy.RUNTIME)
                        public @interface Inject {
                        }
                        """,
                "io/parcelport/adapter/inmemory/archfixtures/FieldInjectedStore.java", """
                        package io.parcelport.adapter.inmemory.archfixtures;

                        public final class FieldInjectedStore {

                            @jakarta.inject.Inject
                            Object clock;
                        }
                        """));

        assertViolation(ParcelportRules.NO_FIELD_INJECTION, compiled,
                "io.parcelport.adapter.inmemory.archfixtures.FieldInjectedStore.clock", "is annotated with @Inject");
    }

    private static JavaClasses classes(Class<?>... fixtures) {
        return new ClassFileImporter().importClasses(fixtures);
    }

    /**
     * A real domain class, a real port, and stand-ins for the application, both backends and the command-line tool,
     * plus the fixtures.
     */
    private static JavaClasses oneClassInEveryRingAnd(Class<?>... fixtures) {
        List<Class<?>> classes = new ArrayList<>(List.of(ShipmentKey.class, Page.class, TrackShipmentService.class,
                InMemoryShipmentStore.class, TrackingMoreHttpClient.class, V4HttpClient.class, SharedTransport.class,
                WireEnvelope.class, UsageText.class, EnvelopeWritingHandler.class, Ticker.class,
                AfterShipHttpClient.class, AfterShipEnvelope.class, ContainerWiring.class, SharedBucketStore.class));
        classes.addAll(List.of(fixtures));
        return new ClassFileImporter().importClasses(classes);
    }

    private static void assertViolation(ArchRule rule, JavaClasses classes, String violator, String offender) {
        assertThatThrownBy(() -> rule.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(violator)
                .satisfies(failure -> assertThat(failure.getMessage().lines())
                        .as("a line of the report naming both %s and %s", violator, offender)
                        .anyMatch(line -> line.contains(violator) && line.contains(offender)));
    }

    private static JavaClasses compileAndImport(Path workDir, Map<String, String> sourcesByPath) throws IOException {
        Path sourceDir = workDir.resolve("src");
        Path classDir = Files.createDirectories(workDir.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-d", classDir.toString()));
        for (Map.Entry<String, String> source : sourcesByPath.entrySet()) {
            Path file = sourceDir.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), UTF_8);
            arguments.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler").isNotNull();
        assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).as("javac exit code").isZero();
        return new ClassFileImporter().importPath(classDir);
    }
}
