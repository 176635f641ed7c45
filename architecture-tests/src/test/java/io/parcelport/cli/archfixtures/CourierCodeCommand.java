package io.parcelport.cli.archfixtures;

/** Deliberately broken (test fixture, never production): a CLI class spelling a v4 wire word itself. */
public final class CourierCodeCommand {
    private static final String FIELD = "courier_code";

    public String column() {
        return FIELD;
    }
}
