'use strict';

// Builds command lines for the diagnostics routes.

function pingCommand(host) {
  return 'ping -c 1 ' + host;
}

function archiveCommand(name) {
  return `tar -czf /tmp/export.tgz ${name}`;
}

module.exports = { pingCommand, archiveCommand };
