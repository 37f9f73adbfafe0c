/** The command line (CLI.md): thin picocli commands over the services. */
package org.switchboard.cli;
