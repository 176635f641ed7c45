package io.parcelport.domain.insight;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How long a carrier took on a route, from the backend's sample of shipments: the share of them delivered within
 * each span of days.
 *
 * <p>Shares are fractions between 0 and 1 of the delivered samples; the five spans are 0-7, 8-15, 16-30, 31-60 days
 * and more than 60 days.
 *
 * @param query the carrier and route
 * @param sampleSize how many shipments the backend looked at
 * @param deliveredCount how many of them were delivered
 * @param withinWeek share delivered in 0-7 days
 * @param within8To15Days share delivered in 8-15 days
 * @param within16To30Days share delivered in 16-30 days
 * @param within31To60Days share delivered in 31-60 days
 * @param over60Days share delivered after more than 60 days
 */
public record TransitTimeStats(TransitTimeQuery query, long sampleSize, long deliveredCount, BigDecimal withinWeek,
        BigDecimal within8To15Days, BigDecimal within16To30Days, BigDecimal within31To60Days,
        BigDecimal over60Days) {
    public TransitTimeStats {
        Objects.requireNonNull(query, "query");
        if (sampleSize < 0 || deliveredCount < 0 || deliveredCount > sampleSize) {
            throw new IllegalArgumentException("need 0 <= delivered (" + deliveredCount + ") <= sample size ("
                    + sampleSize + ")");
        }
        withinWeek = share(withinWeek, "0-7 days");
        within8To15Days = share(within8To15Days, "8-15 days");
        within16To30Days = share(within16To30Days, "16-30 days");
        within31To60Days = share(within31To60Days, "31-60 days");
        over60Days = share(over60Days, "over 60 days");
    }

    /** The share of delivered samples that arrived within {@code days} days, summing the spans that fit. */
    public BigDecimal shareWithin(int days) {
        BigDecimal sum = BigDecimal.ZERO;
        if (days >= 7) {
            sum = sum.add(withinWeek);
        }
        if (days >= 15) {
            sum = sum.add(within8To15Days);
        }
        if (days >= 30) {
            sum = sum.add(within16To30Days);
        }
        if (days >= 60) {
            sum = sum.add(within31To60Days);
        }
        return sum;
    }

    private static BigDecimal share(BigDecimal value, String span) {
        Objects.requireNonNull(value, span);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("share for " + span + " must be between 0 and 1: " + value);
        }
        return value;
    }
}
