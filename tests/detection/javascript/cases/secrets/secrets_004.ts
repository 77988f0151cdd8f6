import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';

const secrets = new SecretsManagerClient({ region: 'eu-west-1' });

async function databasePassword(): Promise<string | undefined> {
  const result = await secrets.send(new GetSecretValueCommand({ SecretId: 'prod/db/password' }));
  return result.SecretString;
}

export { databasePassword };
