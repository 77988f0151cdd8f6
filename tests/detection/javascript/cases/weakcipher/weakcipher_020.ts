import CryptoJS from 'crypto-js';

function obfuscate(value: string, secret: string): string {
  return CryptoJS.RC4.encrypt(value, secret).toString();
}

export { obfuscate };
