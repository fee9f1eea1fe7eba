/**
 * A real SMTP server (the `smtp-server` package) on loopback, in the test process: it keeps and parses
 * (mailparser) what it receives. `refuse` makes it refuse a recipient (550), as a mail server does.
 */
import net from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type Mail = {
  from: string;
  to: string[];
  /** The raw message. */
  data: string;
  subject: string;
  text: string;
  html: string;
  headers: Map<string, unknown>;
};

/** On `port` (0: any free one). */
export async function startSmtpSink(port = 0) {
  const mails: Mail[] = [];
  const refused = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address.toLowerCase())) {
        const e = Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 });
        return callback(e);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((p) => {
            mails.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              to: session.envelope.rcptTo.map((r) => r.address),
              data: raw.toString("utf8"),
              subject: p.subject ?? "",
              text: p.text ?? "",
              html: typeof p.html === "string" ? p.html : "",
              headers: p.headers as Map<string, unknown>,
            });
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", () => r()));
  const bound = (server.server.address() as net.AddressInfo).port;
  return {
    port: bound,
    mails,
    /** Refuses this recipient from now on. */
    refuse: (address: string) => void refused.add(address.toLowerCase()),
    accept: (address: string) => void refused.delete(address.toLowerCase()),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
