/**
 * The command line: {@link dev.wamock.server.cli.Main} is the main class of {@code wamock-server.jar} (it runs
 * {@link dev.wamock.server.cli.WamockCommand}, in a child JVM with a heap cap when started without one), and
 * {@code WamockCommand} that of the container image. Not meant to be called from Java code; its options are
 * documented by {@code --help}.
 */
package dev.wamock.server.cli;
