package io.parcelport.cli;

import picocli.CommandLine.Command;

/** {@code parcelport account}: the account's quota and balance. */
@Command(name = "account", description = "Show the account: e-mail, balance and remaining quota.")
public final class AccountCommand extends CliCommand {

    @Override
    protected int run() {
        return show(useCases().account().account(), JsonViews::account, Render::account);
    }
}
