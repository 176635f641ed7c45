/**
 * The {@code parcelport} command-line tool: a driving adapter that turns commands into calls of the use cases in
 * {@code io.parcelport.ports.in}, and their answers into tables, timelines or JSON.
 *
 * <p>Only {@link io.parcelport.cli.ParcelportMain}, the composition root, knows the application services and the
 * backends; every command sees the use cases it is given through {@link io.parcelport.ports.in.ParcelportUseCases}.
 */
package io.parcelport.cli;
