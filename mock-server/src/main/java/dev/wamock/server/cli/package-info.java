/**
 * The command line: {@link dev.wamock.server.cli.WamockCommand} is the main class of {@code wamock-server.jar} and
 * of the container image. Not meant to be called from Java code; its options are documented by {@code --help}.
 */
package dev.wamock.server.cli;
