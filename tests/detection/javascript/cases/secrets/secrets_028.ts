import axios from 'axios';

class OAuthClient {
  private clientId: string;
  private clientSecret: string;

  constructor() {
    this.clientId = 'inventory-service';
    this.clientSecret = '0xy13XoHvwipgU1fEUvTQsQWm5Auja-bVt';
  }

  async token() {
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.clientSecret });
    return (await axios.post('https://auth.example.com/oauth/token', body)).data;
  }
}

export { OAuthClient };
