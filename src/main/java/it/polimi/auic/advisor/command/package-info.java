/**
 * The jar's commands: the {@code Command} interface every adapter's commands implement, what a command is given
 * ({@code Invocation}), usage errors and exit codes, and the {@code Launcher} that parses a command line with
 * picocli and is the only place that turns failures into exit codes.
 */
package it.polimi.auic.advisor.command;
