import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getUser, logout } from "../platform/auth.server.ts";
import { io } from "../platform/realtime.server.ts";

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await getUser(request);
  const cookie = await logout(request);
  if (user) io()?.of("/staff").in(`session:${user.sessionId}`).disconnectSockets(true);
  return redirect("/", { headers: { "Set-Cookie": cookie } });
}
