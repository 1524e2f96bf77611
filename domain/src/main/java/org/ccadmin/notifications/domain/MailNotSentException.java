package org.ccadmin.notifications.domain;

import org.ccadmin.shared.domain.DomainException;

/**
 * The SMTP server could not be reached or refused the message (sign-in, STARTTLS, an address). It names the
 * server and what it said; nothing else changes, so nothing needs rolling back.
 */
@jakarta.ejb.ApplicationException(rollback = false)
public class MailNotSentException extends DomainException {

    public MailNotSentException(String message) {
        super("mail.notSent", message);
    }
}
