'use strict';

// Input validation helpers shared by route modules.

function toInt(value, fallback = 0) {
  const parsed = Number.parseInt(value, 10);
  return Number.isNaN(parsed) ? fallback : parsed;
}

function pickAllowed(value, allowed, fallback) {
  return allowed.includes(value) ? value : fallback;
}

function isSafeName(value) {
  return typeof value === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(value);
}

function defaultLocale() {
  return 'en-US';
}

module.exports = { toInt, pickAllowed, isSafeName, defaultLocale };
