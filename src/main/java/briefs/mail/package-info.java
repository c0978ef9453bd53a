/**
 * Mail: a country's message with its brief and annex attached ({@link briefs.mail.CountryMail},
 * {@link briefs.mail.MailMessage}), who receives it ({@link briefs.mail.RecipientsFile}), how it
 * is sent ({@link briefs.mail.SmtpSettings}, {@link briefs.mail.MailDelivery} with its retries and
 * the one "already sent" rule, {@link briefs.mail.SendLog}), and the SMTP connection behind the
 * small {@link briefs.mail.MailTransport} interface that {@link briefs.mail.JakartaMail}
 * implements. Jakarta Mail is imported by no other package.
 */
package briefs.mail;
