/**
 * The sender: MAIL_FROM's address under the site's name from the profile
 * ("Lắng nghe <x@y.vn>" or "x@y.vn" → { name: <site name>, address: "x@y.vn" }).
 */
export function mailSender(from: string, siteName: string): { name: string; address: string } {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return { name: siteName, address: address.trim() };
}
