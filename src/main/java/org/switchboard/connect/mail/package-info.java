/**
 * The errands mailbox over Jakarta Mail (Eclipse Angus): an SMTP sender for dossiers and reminders and an
 * IMAP reader for colleagues' answers, behind the domain's {@code MailSender} and {@code Mailbox} ports.
 * Failures become {@code MailException}s in words; passwords never appear in a message or a log.
 */
package org.switchboard.connect.mail;
