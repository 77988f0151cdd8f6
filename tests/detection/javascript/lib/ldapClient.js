'use strict';

const ldap = require('ldapjs');

const LDAP_URL = process.env.LDAP_URL || 'ldap://directory.internal:389';

function getClient() {
  return ldap.createClient({ url: [LDAP_URL], timeout: 5000 });
}

module.exports = { getClient, BASE_DN: 'ou=people,dc=example,dc=com' };
