package io.parcelport.cli;

import io.parcelport.domain.AccountInfo;
import picocli.CommandLine.Command;

/** {@code parcelport account}: the account's quota and balance. */
@Command(name = "account", description = "Show the account: e-mail, balance and remaining quota.")
public final class AccountCommand extends CliCommand {

    @Override
    protected int run() {
        AccountInfo info = useCases().account().account();
        if (json()) {
            JsonWriter json = jsonOut();
            JsonViews.account(json, info);
            json.finish();
        } else {
            Render.account(out(), info);
        }
        return ExitCode.OK;
    }
}
