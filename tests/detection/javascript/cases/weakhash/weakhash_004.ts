import * as crypto from 'crypto';

function deriveKey(password: string, salt: Buffer): Buffer {
  return crypto.pbkdf2Sync(password, salt, 310000, 32, 'sha256');
}

export { deriveKey };
