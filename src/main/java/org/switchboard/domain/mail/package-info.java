/**
 * E-mail as the errand service sees it: the errands mailbox's settings, outgoing dossiers and incoming
 * answers as plain records, and the typed failure of a mail server. Plain Java: the Jakarta Mail
 * implementation lives in {@code connect/mail}.
 */
package org.switchboard.domain.mail;
