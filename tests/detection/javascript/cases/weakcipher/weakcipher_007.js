'use strict';

const crypto = require('crypto');

async function encryptBytes(key, data) {
  const iv = crypto.webcrypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.webcrypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data);
  return { iv, sealed: Buffer.from(sealed) };
}

module.exports = { encryptBytes };
