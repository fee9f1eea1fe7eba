/**
 * Staff routes: the staff area, and the signed-in user's own account pages. `file` is a route's file
 * name under app/routes ("quan-tri.nhat-ky.tsx") or its id without "routes/". Public pages are the
 * others: they are what a phone on a slow network loads (server/cli/merge-chunks.ts), and what the public
 * dictionary must cover (tests/helpers/public-keys.ts).
 */
export const isStaffRoute = (file: string) => /^(quan-tri|tai-khoan)/.test(file);
