package io.parcelport.domain.shipment;

import static io.parcelport.domain.shipment.DeliveryStatus.DELIVERED;
import static io.parcelport.domain.shipment.DeliveryStatus.EXPIRED;
import static io.parcelport.domain.shipment.DeliveryStatus.PENDING;
import static io.parcelport.domain.shipment.DeliveryStatus.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class DeliveryStatusTransitionTest {

    /*
     * The expected table, written out pair by pair from the rules in docs/status-machine.md rather than copied from
     * DeliveryStatus, so that the code's table is really tested. One line per pair: from, to, kind.
     */
    private static final String EXPECTED = """
            PENDING, PENDING, PROGRESS
            PENDING, INFO_RECEIVED, PROGRESS
            PENDING, NOT_FOUND, PROGRESS
            PENDING, IN_TRANSIT, PROGRESS
            PENDING, OUT_FOR_DELIVERY, PROGRESS
            PENDING, DELIVERED, PROGRESS
            PENDING, FAILED_ATTEMPT, PROGRESS
            PENDING, EXCEPTION, PROGRESS
            PENDING, EXPIRED, PROGRESS
            PENDING, UNKNOWN, CORRECTION

            INFO_RECEIVED, PENDING, REJECTED
            INFO_RECEIVED, INFO_RECEIVED, PROGRESS
            INFO_RECEIVED, NOT_FOUND, CORRECTION
            INFO_RECEIVED, IN_TRANSIT, PROGRESS
            INFO_RECEIVED, OUT_FOR_DELIVERY, PROGRESS
            INFO_RECEIVED, DELIVERED, PROGRESS
            INFO_RECEIVED, FAILED_ATTEMPT, PROGRESS
            INFO_RECEIVED, EXCEPTION, PROGRESS
            INFO_RECEIVED, EXPIRED, PROGRESS
            INFO_RECEIVED, UNKNOWN, CORRECTION

            NOT_FOUND, PENDING, REJECTED
            NOT_FOUND, INFO_RECEIVED, PROGRESS
            NOT_FOUND, NOT_FOUND, PROGRESS
            NOT_FOUND, IN_TRANSIT, PROGRESS
            NOT_FOUND, OUT_FOR_DELIVERY, PROGRESS
            NOT_FOUND, DELIVERED, PROGRESS
            NOT_FOUND, FAILED_ATTEMPT, PROGRESS
            NOT_FOUND, EXCEPTION, PROGRESS
            NOT_FOUND, EXPIRED, PROGRESS
            NOT_FOUND, UNKNOWN, CORRECTION

            IN_TRANSIT, PENDING, REJECTED
            IN_TRANSIT, INFO_RECEIVED, REJECTED
            IN_TRANSIT, NOT_FOUND, CORRECTION
            IN_TRANSIT, IN_TRANSIT, PROGRESS
            IN_TRANSIT, OUT_FOR_DELIVERY, PROGRESS
            IN_TRANSIT, DELIVERED, PROGRESS
            IN_TRANSIT, FAILED_ATTEMPT, PROGRESS
            IN_TRANSIT, EXCEPTION, PROGRESS
            IN_TRANSIT, EXPIRED, PROGRESS
            IN_TRANSIT, UNKNOWN, CORRECTION

            OUT_FOR_DELIVERY, PENDING, REJECTED
            OUT_FOR_DELIVERY, INFO_RECEIVED, REJECTED
            OUT_FOR_DELIVERY, NOT_FOUND, CORRECTION
            OUT_FOR_DELIVERY, IN_TRANSIT, CORRECTION
            OUT_FOR_DELIVERY, OUT_FOR_DELIVERY, PROGRESS
            OUT_FOR_DELIVERY, DELIVERED, PROGRESS
            OUT_FOR_DELIVERY, FAILED_ATTEMPT, PROGRESS
            OUT_FOR_DELIVERY, EXCEPTION, PROGRESS
            OUT_FOR_DELIVERY, EXPIRED, PROGRESS
            OUT_FOR_DELIVERY, UNKNOWN, CORRECTION

            DELIVERED, PENDING, REJECTED
            DELIVERED, INFO_RECEIVED, REJECTED
            DELIVERED, NOT_FOUND, REJECTED
            DELIVERED, IN_TRANSIT, CORRECTION
            DELIVERED, OUT_FOR_DELIVERY, CORRECTION
            DELIVERED, DELIVERED, PROGRESS
            DELIVERED, FAILED_ATTEMPT, CORRECTION
            DELIVERED, EXCEPTION, CORRECTION
            DELIVERED, EXPIRED, REJECTED
            DELIVERED, UNKNOWN, REJECTED

            FAILED_ATTEMPT, PENDING, REJECTED
            FAILED_ATTEMPT, INFO_RECEIVED, REJECTED
            FAILED_ATTEMPT, NOT_FOUND, CORRECTION
            FAILED_ATTEMPT, IN_TRANSIT, CORRECTION
            FAILED_ATTEMPT, OUT_FOR_DELIVERY, CORRECTION
            FAILED_ATTEMPT, DELIVERED, PROGRESS
            FAILED_ATTEMPT, FAILED_ATTEMPT, PROGRESS
            FAILED_ATTEMPT, EXCEPTION, PROGRESS
            FAILED_ATTEMPT, EXPIRED, PROGRESS
            FAILED_ATTEMPT, UNKNOWN, CORRECTION

            EXCEPTION, PENDING, REJECTED
            EXCEPTION, INFO_RECEIVED, CORRECTION
            EXCEPTION, NOT_FOUND, CORRECTION
            EXCEPTION, IN_TRANSIT, CORRECTION
            EXCEPTION, OUT_FOR_DELIVERY, CORRECTION
            EXCEPTION, DELIVERED, PROGRESS
            EXCEPTION, FAILED_ATTEMPT, CORRECTION
            EXCEPTION, EXCEPTION, PROGRESS
            EXCEPTION, EXPIRED, PROGRESS
            EXCEPTION, UNKNOWN, CORRECTION

            EXPIRED, PENDING, REJECTED
            EXPIRED, INFO_RECEIVED, REJECTED
            EXPIRED, NOT_FOUND, REJECTED
            EXPIRED, IN_TRANSIT, CORRECTION
            EXPIRED, OUT_FOR_DELIVERY, CORRECTION
            EXPIRED, DELIVERED, CORRECTION
            EXPIRED, FAILED_ATTEMPT, CORRECTION
            EXPIRED, EXCEPTION, CORRECTION
            EXPIRED, EXPIRED, PROGRESS
            EXPIRED, UNKNOWN, REJECTED

            UNKNOWN, PENDING, REJECTED
            UNKNOWN, INFO_RECEIVED, CORRECTION
            UNKNOWN, NOT_FOUND, CORRECTION
            UNKNOWN, IN_TRANSIT, CORRECTION
            UNKNOWN, OUT_FOR_DELIVERY, CORRECTION
            UNKNOWN, DELIVERED, CORRECTION
            UNKNOWN, FAILED_ATTEMPT, CORRECTION
            UNKNOWN, EXCEPTION, CORRECTION
            UNKNOWN, EXPIRED, CORRECTION
            UNKNOWN, UNKNOWN, PROGRESS
            """;

    record Expected(DeliveryStatus from, DeliveryStatus to, TransitionKind kind) {
    }

    private static List<Expected> expectedTable() {
        return EXPECTED.lines()
                .filter(line -> !line.isBlank())
                .map(line -> line.split(",\\s*"))
                .map(cells -> new Expected(DeliveryStatus.valueOf(cells[0].strip()),
                        DeliveryStatus.valueOf(cells[1].strip()), TransitionKind.valueOf(cells[2].strip())))
                .collect(Collectors.toList());
    }

    static Stream<Arguments> everyPair() {
        return expectedTable().stream().map(e -> Arguments.of(e.from(), e.to(), e.kind()));
    }

    @ParameterizedTest(name = "{0} -> {1} is {2}")
    @MethodSource("everyPair")
    void classifiesEveryPairAsTheIndependentTableSays(DeliveryStatus from, DeliveryStatus to, TransitionKind kind) {
        assertThat(from.classify(to)).isEqualTo(kind);
    }

    @Test
    void theExpectedTableCoversEveryPairExactlyOnce() {
        List<Expected> table = expectedTable();
        Set<List<DeliveryStatus>> pairs = new HashSet<>();
        table.forEach(e -> pairs.add(List.of(e.from(), e.to())));

        assertThat(table).hasSize(100);
        assertThat(pairs).hasSize(100);
    }

    @Test
    void onlyDeliveredAndExpiredAreTerminal() {
        assertThat(EnumSet.allOf(DeliveryStatus.class).stream().filter(DeliveryStatus::isTerminal))
                .containsExactlyInAnyOrder(DELIVERED, EXPIRED);
    }

    @ParameterizedTest
    @EnumSource(DeliveryStatus.class)
    void reportingTheSameStatusAgainIsProgress(DeliveryStatus status) {
        assertThat(status.classify(status)).isEqualTo(TransitionKind.PROGRESS);
    }

    @ParameterizedTest
    @EnumSource(value = DeliveryStatus.class, names = {"DELIVERED", "EXPIRED"})
    void aTerminalStatusIsLeftOnlyByCorrectionOrRejected(DeliveryStatus terminal) {
        for (DeliveryStatus to : DeliveryStatus.values()) {
            if (to != terminal) {
                assertThat(terminal.classify(to)).as("%s -> %s", terminal, to).isNotEqualTo(TransitionKind.PROGRESS);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = DeliveryStatus.class, names = "PENDING", mode = EnumSource.Mode.EXCLUDE)
    void nothingGoesBackToPending(DeliveryStatus from) {
        assertThat(from.classify(PENDING)).isEqualTo(TransitionKind.REJECTED);
    }

    @Test
    void anUnknownStatusNeverOverturnsATerminalOne() {
        assertThat(DELIVERED.classify(UNKNOWN)).isEqualTo(TransitionKind.REJECTED);
        assertThat(EXPIRED.classify(UNKNOWN)).isEqualTo(TransitionKind.REJECTED);
    }

    @Test
    void onlyRejectedIsNotAccepted() {
        assertThat(TransitionKind.PROGRESS.isAccepted()).isTrue();
        assertThat(TransitionKind.CORRECTION.isAccepted()).isTrue();
        assertThat(TransitionKind.REJECTED.isAccepted()).isFalse();
    }

    @Test
    void classifyRefusesNull() {
        assertThatNullPointerException().isThrownBy(() -> PENDING.classify(null)).withMessageContaining("to");
    }

    // docs/status-machine.md is the one place the table is explained; this keeps its P/C/R grid honest.
    @Test
    void theDocumentedTableMatchesTheCode() throws IOException {
        Path doc = Path.of("..", "docs", "status-machine.md");
        List<String> rows = Files.readAllLines(doc).stream()
                .filter(line -> line.matches("\\| \\*\\*[A-Z_]+\\*\\* +\\|.*"))
                .collect(Collectors.toList());

        assertThat(rows).hasSize(DeliveryStatus.values().length);
        for (String row : rows) {
            String[] cells = row.substring(1, row.lastIndexOf('|')).split("\\|");
            DeliveryStatus from = DeliveryStatus.valueOf(cells[0].replace("*", "").strip());
            for (DeliveryStatus to : DeliveryStatus.values()) {
                String documented = cells[1 + to.ordinal()].strip();
                assertThat(documented).as("docs cell %s -> %s", from, to)
                        .isEqualTo(from.classify(to).name().substring(0, 1));
            }
        }
    }
}
