'use strict';

const ldapEscape = require('ldap-escape');

function uidFilter(uid) {
  return '(uid=' + uid + ')';
}

function escapedUidFilter(uid) {
  return ldapEscape.filter`(uid=${uid})`;
}

module.exports = { uidFilter, escapedUidFilter };
