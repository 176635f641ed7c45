package io.parcelport.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Checks {@link ParcelportRules} against every production class of every module (this module depends on all of
 * them). Test classes, including the deliberately broken fixtures of {@link ArchitectureRulesFailTest}, are not
 * imported.
 */
@AnalyzeClasses(packages = "io.parcelport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onionArchitecture = ParcelportRules.ONION_ARCHITECTURE;

    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdk = ParcelportRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK;

    @ArchTest
    static final ArchRule portsDependOnlyOnTheDomainAndTheJdk =
            ParcelportRules.PORTS_DEPEND_ONLY_ON_THE_DOMAIN_AND_THE_JDK;

    @ArchTest
    static final ArchRule drivingPortsDoNotUseDrivenPorts = ParcelportRules.DRIVING_PORTS_DO_NOT_USE_DRIVEN_PORTS;

    @ArchTest
    static final ArchRule drivenPortsDoNotUseDrivingPorts = ParcelportRules.DRIVEN_PORTS_DO_NOT_USE_DRIVING_PORTS;

    @ArchTest
    static final ArchRule backendsDoNotUseApplicationServices =
            ParcelportRules.BACKENDS_DO_NOT_USE_APPLICATION_SERVICES;

    @ArchTest
    static final ArchRule onlyCompositionRootsUseApplicationServices =
            ParcelportRules.ONLY_COMPOSITION_ROOTS_USE_APPLICATION_SERVICES;

    @ArchTest
    static final ArchRule onlyCompositionRootsUseBackends = ParcelportRules.ONLY_COMPOSITION_ROOTS_USE_BACKENDS;

    @ArchTest
    static final ArchRule noFrameworksOutsideTheAdapters = ParcelportRules.NO_FRAMEWORKS_OUTSIDE_THE_ADAPTERS;

    @ArchTest
    static final ArchRule coreDoesNotUseJavaUtilLogging = ParcelportRules.CORE_DOES_NOT_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule libraryCodeDoesNotUseStandardStreams =
            ParcelportRules.LIBRARY_CODE_DOES_NOT_USE_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule onlyPacingSleeps = ParcelportRules.ONLY_PACING_SLEEPS;

    @ArchTest
    static final ArchRule onlyTheWireModuleSpellsV2StatusWords =
            ParcelportRules.ONLY_THE_WIRE_MODULE_SPELLS_V2_STATUS_WORDS;

    @ArchTest
    static final ArchRule theDomainHasNoVendorWord = ParcelportRules.THE_DOMAIN_HAS_NO_VENDOR_WORD;

    @ArchTest
    static final ArchRule noFieldInjection = ParcelportRules.NO_FIELD_INJECTION;
}
