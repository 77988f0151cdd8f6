'use strict';

function oauthState() {
  return (Math.random() + 1).toString(36).substring(7) + Date.now().toString(36);
}

module.exports = { oauthState };
