import * as crypto from 'crypto';

function deriveKey(password: string, salt: Buffer): Buffer {
  return crypto.scryptSync(password, salt, 32);
}

export { deriveKey };
