/**
 * The outside world: one package per platform (client, DTO records, mapper), the shared HTTP layer in
 * {@code http/}, e-mail in {@code mail/}, secrets in {@code secrets/}. Everything here may block and
 * runs on background threads.
 */
package org.switchboard.connect;
