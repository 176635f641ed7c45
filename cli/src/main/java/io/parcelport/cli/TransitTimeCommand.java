package io.parcelport.cli;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.insight.TransitTimeQuery;
import io.parcelport.domain.insight.TransitTimeStats;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code parcelport transit-time CARRIER FROM TO}: how long a carrier takes between two countries. */
@Command(name = "transit-time", description = "Show a carrier's transit times from one country to another.")
public final class TransitTimeCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "CARRIER", description = "The carrier code.")
    private CarrierCode carrier;

    @Parameters(index = "1", paramLabel = "FROM", description = "The origin country (ISO code).")
    private CountryCode from;

    @Parameters(index = "2", paramLabel = "TO", description = "The destination country (ISO code).")
    private CountryCode to;

    @Override
    protected int run() {
        TransitTimeQuery query = new TransitTimeQuery(carrier, from, to);
        return report(useCases().insights().transitTimes(List.of(query)).get(0), "found", "transit_time",
                TransitTimeCommand::text, JsonViews::transitTime);
    }

    private static void text(PrintWriter out, TransitTimeStats t) {
        out.println(t.query().carrier().value() + " " + t.query().from().value() + " -> " + t.query().to().value()
                + ": " + t.sampleSize() + " shipments sampled, " + t.deliveredCount() + " delivered");
        Table table = new Table("DELIVERED WITHIN", "SHARE").indent(2);
        table.row("7 days", percent(t.withinWeek()));
        table.row("8 to 15 days", percent(t.within8To15Days()));
        table.row("16 to 30 days", percent(t.within16To30Days()));
        table.row("31 to 60 days", percent(t.within31To60Days()));
        table.row("over 60 days", percent(t.over60Days()));
        table.flush(out);
    }

    private static String percent(BigDecimal share) {
        return String.format(java.util.Locale.ROOT, "%5s%%",
                share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString());
    }
}
