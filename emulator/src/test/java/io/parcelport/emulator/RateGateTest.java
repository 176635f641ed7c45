package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateGateTest {
    private final RateGate gate = new RateGate(3, Clock.systemUTC());

    @Test
    void admitsAtMostThePermitsInAnySecondCountedByArrival() {
        assertThat(gate.admit("k", 0)).isEmpty();
        assertThat(gate.admit("k", 500)).isEmpty();
        assertThat(gate.admit("k", 999)).isEmpty();

        assertThat(gate.admit("k", 999)).contains(Duration.ofMillis(1));
        assertThat(gate.admit("k", 1000)).isEmpty();
        assertThat(gate.admit("k", 1001)).contains(Duration.ofMillis(499));
        assertThat(gate.admit("other", 1001)).isEmpty();
    }

    @Test
    void aCallStampedBeforeOnesAlreadyCountedIsJudgedWhereItArrived() {
        // Worker threads report arrivals out of order: 300 arrived before 999 but is judged after it.
        assertThat(gate.admit("k", 0)).isEmpty();
        assertThat(gate.admit("k", 500)).isEmpty();
        assertThat(gate.admit("k", 999)).isEmpty();

        assertThat(gate.admit("k", 300)).isPresent();
        // Refused calls are not counted: 1000 still fits after 0.
        assertThat(gate.admit("k", 1000)).isEmpty();
        // A call between counted ones that would make four within a second with later ones is refused too.
        assertThat(gate.admit("k", 1400)).isPresent();
    }
}
