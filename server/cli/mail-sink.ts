/**
 * `npm run mail:sink`: a local SMTP server that prints every message it receives, to try the
 * notifications' e-mails without a real mail server. Start the app with
 * `SMTP_URL=smtp://127.0.0.1:2525 npm start` (MAIL_SINK_PORT changes the port).
 */
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

const port = Number(process.env.MAIL_SINK_PORT ?? 2525);
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((m) => {
        const to = session.envelope.rcptTo.map((r) => r.address).join(", ");
        console.log(`\n=== ${new Date().toLocaleString("vi-VN")} → ${to}\nTiêu đề: ${m.subject ?? ""}\n\n${m.text ?? ""}`);
        callback();
      })
      .catch(callback);
  },
});
server.listen(port, "127.0.0.1", () => console.log(`Mail sink listening on smtp://127.0.0.1:${port}`));
