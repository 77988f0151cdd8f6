'use strict';

const axios = require('axios');

const GITHUB_TOKEN = 'ghp_BRk1ZFIWcZE9rVlSw8JJEZtO0Y7XbzyanGRh';

async function listRepos(org) {
  const response = await axios.get(`https://api.github.com/orgs/${org}/repos`, {
    headers: { Authorization: `token ${GITHUB_TOKEN}` },
  });
  return response.data;
}

module.exports = { listRepos };
