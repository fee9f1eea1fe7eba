/** A minimal SMTP server on loopback that keeps what it receives (for tests of e-mail delivery). */
import net from "node:net";

export type Mail = { from: string; to: string[]; data: string };

export async function startSmtpSink(): Promise<{ port: number; mails: Mail[]; close: () => Promise<void> }> {
  const mails: Mail[] = [];
  const server = net.createServer((sock) => {
    let buf = "";
    let inData = false;
    let cur: Mail = { from: "", to: [], data: "" };
    const say = (s: string) => sock.write(s + "\r\n");
    say("220 sink ESMTP");
    sock.on("data", (chunk) => {
      buf += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buf.indexOf("\r\n.\r\n");
          if (end < 0) return;
          cur.data = buf.slice(0, end);
          buf = buf.slice(end + 5);
          inData = false;
          mails.push(cur);
          cur = { from: "", to: [], data: "" };
          say("250 OK queued");
          continue;
        }
        const nl = buf.indexOf("\r\n");
        if (nl < 0) return;
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 2);
        const cmd = line.slice(0, 4).toUpperCase();
        if (cmd === "EHLO" || cmd === "HELO") say("250 sink");
        else if (cmd === "MAIL") {
          cur.from = line;
          say("250 OK");
        } else if (cmd === "RCPT") {
          cur.to.push(line);
          say("250 OK");
        } else if (cmd === "DATA") {
          inData = true;
          say("354 go ahead");
        } else if (cmd === "QUIT") {
          say("221 bye");
          sock.end();
        } else say("250 OK");
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const port = (server.address() as net.AddressInfo).port;
  return { port, mails, close: () => new Promise((r) => server.close(() => r())) };
}
