import { BlockList, isIP } from 'node:net';

/**
 * The client's address behind reverse proxies. X-Forwarded-For is believed only when the request
 * comes from a proxy the operator trusts (TRUST_PROXY: addresses or CIDR ranges, comma-separated),
 * and then only as far back as the chain of trusted proxies goes: any client can write the header,
 * so the first untrusted hop, read from the right, is the client.
 */
export type TrustedProxies = BlockList;

/** TRUST_PROXY's value as a list; throws naming the entry that is neither an address nor a range. */
export function trustedProxies(setting: string): TrustedProxies | null {
  const entries = setting
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (
      family === 0 ||
      (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits))
    ) {
      throw new Error(`TRUST_PROXY: « ${entry} » is neither an IP address nor a CIDR range`);
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return list;
}

/** ::ffff:10.0.0.1 (an IPv4 client on a dual-stack socket) is 10.0.0.1. */
const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

const trusted = (proxies: TrustedProxies, address: string) => {
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 6 ? 'ipv6' : 'ipv4');
};

export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  proxies: TrustedProxies | null,
): string {
  let client = plain(socketAddress ?? 'unknown');
  if (!proxies || forwardedFor === undefined) return client;
  const hops = [forwardedFor]
    .flat()
    .join(',')
    .split(',')
    .map((hop) => plain(hop.trim()))
    .filter(Boolean);
  while (trusted(proxies, client) && hops.length > 0) client = hops.pop() ?? client;
  return client;
}
