'use strict';

module.exports = {
  uploadsDir: '/srv/app/uploads',
  reportsDir: '/srv/app/reports',
  statusUrl: 'https://status.example.com/api/health',
  homePath: '/dashboard',
  ldapBase: 'ou=people,dc=example,dc=com',
  cookieSecure: true,
  hashAlgorithm: 'sha256',
  legacyHashAlgorithm: 'md5',
  cipherAlgorithm: 'aes-256-gcm',
};
