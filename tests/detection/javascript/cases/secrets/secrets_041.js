'use strict';

const axios = require('axios');

const GITHUB_TOKEN = process.env.GITHUB_TOKEN;

async function listRepos(org) {
  const response = await axios.get(`https://api.github.com/orgs/${org}/repos`, {
    headers: { Authorization: `token ${GITHUB_TOKEN}` },
  });
  return response.data;
}

module.exports = { listRepos };
