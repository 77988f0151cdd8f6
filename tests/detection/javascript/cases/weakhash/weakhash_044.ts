import * as crypto from 'crypto';

const DIGEST_ALGORITHM = 'sha384';

function fingerprint(data: string): string {
  return crypto.createHash(DIGEST_ALGORITHM).update(data).digest('hex');
}

export { fingerprint };
