package io.parcelport.emulator;

import org.junit.jupiter.api.BeforeEach;

/**
 * The set-up of the tests that share one emulator per class: a subclass registers an {@link EmulatorExtension} with
 * its options in a static field; the extension fills {@link #emulator}, which is reset before each test, and
 * {@link #client} calls it with {@link V2Client#KEY}.
 */
abstract class SharedEmulatorTest {
    Emulator emulator;
    V2Client client;

    @BeforeEach
    void fresh() {
        emulator.reset();
        client = new V2Client(emulator);
    }
}
