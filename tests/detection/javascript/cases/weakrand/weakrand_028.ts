import * as crypto from 'crypto';

function issueApiKey(accountId: string) {
  return { accountId, key: 'ak_' + crypto.randomBytes(24).toString('base64url'), createdAt: new Date() };
}

export { issueApiKey };
