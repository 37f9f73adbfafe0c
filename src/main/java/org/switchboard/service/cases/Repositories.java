package org.switchboard.service.cases;

import org.switchboard.domain.port.AccountRepository;
import org.switchboard.domain.port.AuditLog;
import org.switchboard.domain.port.CaseRepository;
import org.switchboard.domain.port.ContactRepository;
import org.switchboard.domain.port.DirectoryRepository;
import org.switchboard.domain.port.DraftRepository;
import org.switchboard.domain.port.ErrandRepository;
import org.switchboard.domain.port.MessageRepository;
import org.switchboard.domain.port.NoteRepository;
import org.switchboard.domain.port.Transactions;

/** The storage ports a workspace offers, handed to services as one value instead of ten arguments. */
public record Repositories(Transactions tx, AccountRepository accounts, ContactRepository contacts,
                           CaseRepository cases, MessageRepository messages, NoteRepository notes,
                           DirectoryRepository directory, ErrandRepository errands, DraftRepository drafts,
                           AuditLog audit) {}
