package io.parcelport.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * Checks every rule of {@link ParcelportRules} (each of its {@code @ArchTest} constants) against every production class
 * of every module (this module depends on all of them). Test classes, including the deliberately broken fixtures of
 * {@link ArchitectureRulesFailTest}, are not imported.
 */
@AnalyzeClasses(packages = "io.parcelport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests parcelportRules = ArchTests.in(ParcelportRules.class);
}
