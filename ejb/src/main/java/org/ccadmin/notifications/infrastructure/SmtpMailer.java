package org.ccadmin.notifications.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.ccadmin.notifications.domain.LicensingMail;
import org.ccadmin.notifications.domain.MailNotSentException;

/**
 * Sends one message through the configured SMTP server with Jakarta Mail. A session is built per message
 * from the settings as they are now (no restart after a change). With TLS on, STARTTLS is required: the
 * message is never sent in clear to a server that does not offer it, and the server's certificate must be
 * trusted by the JDK and match its name. Timeouts keep a dead server from holding a thread for long.
 */
@ApplicationScoped
public class SmtpMailer {

    static final String TIMEOUT_MILLIS = "10000";

    /** What is needed to send, copied out of the settings entity. */
    public record Server(String host, int port, boolean tls, String username, String password, String from, String to) {
    }

    public void send(Server server, LicensingMail mail, Instant sentAt) {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", server.host());
        props.put("mail.smtp.port", String.valueOf(server.port()));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        if (server.tls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
            props.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        Authenticator auth = null;
        if (server.username() != null) {
            props.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(server.username(), server.password() == null ? "" : server.password());
                }
            };
        }
        // Jakarta Mail finds its provider through the context class loader; in a deployment that is the
        // application's, which sees the server's mail module.
        Session session = Session.getInstance(props, auth);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(server.from(), true));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(server.to(), true));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            message.setSentDate(Date.from(sentAt));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailNotSentException("The e-mail to " + server.to() + " was not sent through " + server.host() + ":"
                    + server.port() + ": " + reason(e));
        }
    }

    private static String reason(Throwable e) {
        StringBuilder b = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != e; c = c.getCause()) {
            b.append(" (").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage()).append(')');
            e = c;
        }
        return b.toString();
    }
}
