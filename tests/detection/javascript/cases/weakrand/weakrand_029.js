'use strict';

const _ = require('lodash');

function inviteCode() {
  return _.sampleSize('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10).join('');
}

module.exports = { inviteCode };
