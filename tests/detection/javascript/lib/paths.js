'use strict';

const path = require('path');

const UPLOAD_ROOT = path.resolve(process.env.UPLOAD_ROOT || '/srv/app/uploads');

function resolveInside(base, name) {
  const full = path.resolve(base, name);
  if (!full.startsWith(base + path.sep)) {
    return null;
  }
  return full;
}

module.exports = { UPLOAD_ROOT, resolveInside };
