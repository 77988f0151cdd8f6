'use strict';

const ALLOWED_HOSTS = new Set(['api.partner.example', 'status.example.com']);

function isAllowedUrl(value) {
  try {
    const parsed = new URL(value);
    return parsed.protocol === 'https:' && ALLOWED_HOSTS.has(parsed.hostname);
  } catch (err) {
    return false;
  }
}

function localPathOrHome(value) {
  if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')) {
    return value;
  }
  return '/';
}

module.exports = { isAllowedUrl, localPathOrHome, ALLOWED_HOSTS };
