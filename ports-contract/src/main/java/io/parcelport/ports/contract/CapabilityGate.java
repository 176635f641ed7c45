package io.parcelport.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.ports.BackendCapabilities;
import io.parcelport.ports.Capability;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs each contract test for what the backend offers and checks the "not offered" answer for what it does not, and
 * counts both: after the kit has run on a backend, it fails if a test that needs an offered operation did not run to
 * its end, and it publishes the counts per capability as a report entry (in the test reports).
 *
 * <p>A test is diverted only by the {@link Needs} it declares; nothing else in the kit is skipped on capabilities.
 */
final class CapabilityGate implements InvocationInterceptor, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CapabilityGate.class);

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
            ExtensionContext context) throws Throwable {
        Object target = call.getTarget().orElse(null);
        if (!(target instanceof ContractSupport test) || test.backend == null) {
            invocation.proceed();
            return;
        }
        BackendCapabilities offered = test.backend.capabilities();
        assertThat(offered).as("capabilities() of %s", test.backend).isNotNull();
        List<Capability> needs = Optional.ofNullable(call.getExecutable().getAnnotation(Needs.class))
                .map(n -> Arrays.asList(n.value())).orElse(List.of());
        List<Capability> missing = needs.stream().filter(c -> !offered.offers(c)).toList();
        Ledger ledger = ledger(context);
        ledger.backend = offered;
        needs.forEach(c -> ledger.needed.merge(c, 1, Integer::sum));
        if (missing.isEmpty()) {
            invocation.proceed();
            needs.forEach(c -> ledger.ran.merge(c, 1, Integer::sum));
            ledger.plain += needs.isEmpty() ? 1 : 0;
            return;
        }
        invocation.skip();
        for (Capability capability : missing) {
            NotOffered.check(test.backend, capability);
            ledger.checkedAbsent.merge(capability, 1, Integer::sum);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!isOutermost(context)) {
            return;
        }
        Ledger ledger = context.getStore(NAMESPACE).get(Ledger.class, Ledger.class);
        if (ledger == null || ledger.backend == null) {
            return;
        }
        Map<String, String> report = new TreeMap<>();
        report.put("backend", ledger.backend.backend());
        report.put("tests without optional operations", Integer.toString(ledger.plain));
        for (Capability c : Capability.values()) {
            int ran = ledger.ran.getOrDefault(c, 0);
            int absent = ledger.checkedAbsent.getOrDefault(c, 0);
            report.put(c.name(), ledger.backend.offers(c) ? "offered, " + ran + " run" : "not offered, checked "
                    + absent + " times");
            if (ledger.backend.offers(c)) {
                assertThat(ran).as("tests of %s, which is offered, that ran to their end", c)
                        .isEqualTo(ledger.needed.getOrDefault(c, 0));
            }
        }
        context.publishReportEntry(report);
    }

    // The ledger lives with the backend's own test class, the outermost class of the nested contract tree.
    private static Ledger ledger(ExtensionContext context) {
        ExtensionContext outermost = context;
        while (outermost.getParent().flatMap(ExtensionContext::getTestClass).isPresent()) {
            outermost = outermost.getParent().orElseThrow();
        }
        return outermost.getStore(NAMESPACE).getOrComputeIfAbsent(Ledger.class, k -> new Ledger(), Ledger.class);
    }

    private static boolean isOutermost(ExtensionContext context) {
        return context.getTestClass().isPresent()
                && context.getParent().flatMap(ExtensionContext::getTestClass).isEmpty();
    }

    /** What ran and what was checked as absent, per capability, on one backend. */
    static final class Ledger {
        BackendCapabilities backend;
        int plain;
        final Map<Capability, Integer> needed = new EnumMap<>(Capability.class);
        final Map<Capability, Integer> ran = new EnumMap<>(Capability.class);
        final Map<Capability, Integer> checkedAbsent = new EnumMap<>(Capability.class);
    }
}
