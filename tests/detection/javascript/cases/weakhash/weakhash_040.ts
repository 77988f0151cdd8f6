import * as crypto from 'crypto';

function digestWith(algorithm: string, value: string): string {
  return crypto.createHash(algorithm).update(value).digest('hex');
}

function passwordDigest(password: string, salt: string): string {
  return digestWith('sha1', salt + password);
}

export { passwordDigest };
