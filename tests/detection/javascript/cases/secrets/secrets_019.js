'use strict';

const PASSWORD_MIN_LENGTH = 12;
const PASSWORD_FIELD = 'password';
const TOKEN_TTL_SECONDS = 900;

function validatePassword(form) {
  return (form[PASSWORD_FIELD] || '').length >= PASSWORD_MIN_LENGTH;
}

module.exports = { validatePassword, TOKEN_TTL_SECONDS };
