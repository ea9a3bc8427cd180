// How a message leaves: through the SMTP server SMTP_URL names (nodemailer), or, when it is not
// set, into this process's log with a one-line warning, so a demo without a mail server still
// shows its invitations and reset links (docs/operating.md, "Mail").
import nodemailer, { type Transporter } from 'nodemailer';
import { siteUrl } from '@/lib/site';

export interface Message {
  to: string;
  subject: string;
  /** Plain text only: no HTML, so nothing in a message can run or track. */
  text: string;
}

let cached: { url: string; transport: Transporter } | null = null;

function transportFor(url: string): Transporter {
  if (cached?.url !== url) {
    cached?.transport.close();
    const timeout = Number(process.env.MAIL_TIMEOUT_MS) || 10_000;
    cached = {
      url,
      transport: nodemailer.createTransport(url, {
        connectionTimeout: timeout,
        greetingTimeout: timeout,
        socketTimeout: timeout,
      }),
    };
  }
  return cached.transport;
}

/** The sender: MAIL_FROM, else `Dateline <dateline@…>` at the site's host name. */
export function mailFrom(): string {
  if (process.env.MAIL_FROM) return process.env.MAIL_FROM;
  return `Dateline <dateline@${new URL(siteUrl()).hostname}>`;
}

/** Sends one message; throws when the server refuses it or cannot be reached. */
export async function sendMessage(message: Message): Promise<void> {
  const url = process.env.SMTP_URL;
  if (!url) {
    console.warn(`dateline: mail: SMTP_URL is not set, so this message is logged, not sent:`);
    console.log(`To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n`);
    return;
  }
  await transportFor(url).sendMail({ from: mailFrom(), ...message });
}
