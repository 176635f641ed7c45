package io.parcelport.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.parcelport.domain.account.AccountInfo;
import io.parcelport.ports.out.TrackingAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountServiceTest {

    private final TrackingAccount account = mock(TrackingAccount.class);
    private final List<Long> warnings = new ArrayList<>();
    private final AccountService service = new AccountService(account, 100,
            info -> warnings.add(info.remainingQuota()));

    private static AccountInfo quota(long remaining) {
        return new AccountInfo(Optional.of("ops@example.com"), Optional.empty(), Optional.empty(), remaining);
    }

    private void readQuotas(long... remaining) {
        for (long r : remaining) {
            when(account.info()).thenReturn(quota(r));
            assertThat(service.account().remainingQuota()).isEqualTo(r);
        }
    }

    @Test
    void warnsOnceWhenTheQuotaFallsUnderTheThreshold() {
        readQuotas(150, 100, 99, 50, 0);

        assertThat(warnings).containsExactly(99L);
    }

    @Test
    void warnsAgainAfterATopUpAndANewFall() {
        readQuotas(99, 10, 500, 120, 80, 20);

        assertThat(warnings).containsExactly(99L, 80L);
    }

    @Test
    void warnsOnTheFirstReadWhenTheAccountStartsLow() {
        readQuotas(3);

        assertThat(warnings).containsExactly(3L);
    }

    @Test
    void neverWarnsWithAThresholdOfZero() {
        AccountService silent = new AccountService(account, 0, info -> warnings.add(info.remainingQuota()));
        when(account.info()).thenReturn(quota(0));

        silent.account();

        assertThat(warnings).isEmpty();
    }

    @Test
    void stillAnswersWhenTheWarningHookFails() {
        AccountService fragile = new AccountService(account, 100, info -> {
            throw new IllegalStateException("mail server down");
        });
        when(account.info()).thenReturn(quota(5));

        assertThat(fragile.account().remainingQuota()).isEqualTo(5);
    }
}
