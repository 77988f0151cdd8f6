'use strict';

const { WebClient } = require('@slack/web-api');

const slack = new WebClient('xoxb-502811235044-8225748495032-MRojbhBHH7ukK8xUkFPNLJTW');

async function notify(channel, text) {
  await slack.chat.postMessage({ channel, text });
}

module.exports = { notify };
