// Where webhooks may go: http or https only, and never to a private, loopback or link-local
// address (the server's own network, a cloud's metadata service) unless WEBHOOK_ALLOW_PRIVATE=1.
// The check runs on every address a name resolves to, at creation and again when sending, in the
// connection's own lookup (send.ts), so a name that changes its answer later gains nothing.
import dns from 'node:dns';
import net from 'node:net';

export const allowPrivate = () => process.env.WEBHOOK_ALLOW_PRIVATE === '1';

const PRIVATE_V4: [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
];
const PRIVATE_V6: [string, number][] = [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
];

const blocks = new net.BlockList();
for (const [address, prefix] of PRIVATE_V4) blocks.addSubnet(address, prefix, 'ipv4');
for (const [address, prefix] of PRIVATE_V6) blocks.addSubnet(address, prefix, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocks.check(mapped[1]!, 'ipv4');
  return blocks.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4');
}

/** The reason a webhook address is refused, or null when it may be used. */
export async function webhookUrlProblem(raw: string): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Give a full address, starting with https://.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return 'A webhook address starts with https:// or http://.';
  }
  if (url.username || url.password) return 'A webhook address cannot carry a password.';
  if (allowPrivate()) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = net.isIP(host)
      ? [host]
      : (await dns.promises.lookup(host, { all: true })).map((entry) => entry.address);
  } catch {
    return 'That host name does not resolve.';
  }
  return addresses.some(isPrivateAddress)
    ? 'That address is on a private network; webhooks go to public addresses only.'
    : null;
}

/** A `lookup` for http.request that refuses private addresses, so the connection is checked. */
export const guardedLookup: net.LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, entries) => {
    if (error) return callback(error, '', 4);
    const list = entries as unknown as dns.LookupAddress[];
    const refused = !allowPrivate() && list.some((entry) => isPrivateAddress(entry.address));
    if (refused) {
      return callback(new Error('webhook address is private'), '', 4);
    }
    if ((options as dns.LookupOptions).all) return callback(null, list as never, 4);
    callback(null, list[0]!.address, list[0]!.family);
  });
};
