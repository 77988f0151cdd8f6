'use strict';

class SessionStore {

  constructor() {
    this.sessions = new Map();
  }

  create(user) {
    const id = Date.now().toString(36) + Math.random().toString(36).substring(2);
    this.sessions.set(id, user);
    return id;
  }
}

module.exports = { SessionStore };
