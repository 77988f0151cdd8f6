import * as nodeCrypto from 'node:crypto';

function cacheKey(parts: string[]): string {
  const hasher = nodeCrypto.createHash('MD5');
  parts.forEach((part) => hasher.update(part));
  return hasher.digest('hex');
}

export { cacheKey };
