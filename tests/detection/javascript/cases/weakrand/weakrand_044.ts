import * as nodeCrypto from 'node:crypto';

function oauthState(): string {
  return nodeCrypto.randomBytes(16).toString('hex');
}

export { oauthState };
