'use strict';

const _ = require('lodash');

function pinCode() {
  return String(_.random(1000, 9999));
}

module.exports = { pinCode };
