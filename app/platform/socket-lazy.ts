/**
 * The socket client, loaded once the page answers: the viewer's page hydrates without it (bench/phone.ts),
 * and the live signals arrive a moment later. The database carries the truth meanwhile: what the server
 * rendered, and what the page asks for when it connects.
 */
import type { Socket } from "socket.io-client";

type Client = typeof import("./socket.client.ts");
let loading: Promise<Client> | undefined;

export const loadSocketClient = (): Promise<Client> => (loading ??= import("./socket.client.ts"));

/**
 * Runs `use` with the shared socket of `namespace` once the client is loaded. Returns a cleanup for an
 * effect: it runs what `use` returned, or stops `use` from running if the client was not loaded yet.
 */
export function withSocket(
  namespace: "/" | "/staff",
  use: (socket: Socket, client: Client) => (() => void) | void,
): () => void {
  let cleanup: (() => void) | void;
  let cancelled = false;
  void loadSocketClient().then((client) => {
    if (!cancelled) cleanup = use(client.getSocket(namespace), client);
  });
  return () => {
    cancelled = true;
    cleanup?.();
  };
}
