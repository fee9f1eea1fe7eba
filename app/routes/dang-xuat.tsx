import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { logout } from "../platform/auth.server.ts";

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  // logout ends the session and disconnects its sockets on every node.
  const cookie = await logout(request);
  return redirect("/", { headers: { "Set-Cookie": cookie } });
}
