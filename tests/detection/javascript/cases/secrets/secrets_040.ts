import jwt from 'jsonwebtoken';

const VERIFY_KEY = [
  '-----BEGIN PUBLIC KEY-----',
  'i+aDgcyiYxtD60buBDYRMdMd0QA6cQJWxUevm4pBQkdaOJqxgUXjOzQIbrpWfBzX',
  '7gj0y4MISLbD7ncXfLaxpgMyTKqFt2/nzmARYCW2jQqjwX2/0KjnsyPPJbIVwu+G',
  'k9P/w72qcQnyGW+OfZxgRMKma+aJ1zfcYBdEYqYttizBzkzCEyo5yTBY5Jsc4Qq5',
  'xBvPN88xfYvOFNOrqVYMG/aDVomEdxTov6h+Qq2gu34wE77Ri6r58VNUYNOEt24/',
  'rnwoER8epljTh8vLctALXh9PtqIpucLh9VMJrc42Dwwb/+ZLSm9S3xs0JPF/I9Zy',
  'B7DJqvfhJ4eAwevrQV/1jWC24Yl9Ofi34JD74+cmJ+2hYCPME8JYCNHC48ggHT+N',
  'iCgG3V2zKu0zGM/9m8uDqL0v==',
  '-----END PUBLIC KEY-----',
].join('\n');

function verify(token: string) {
  return jwt.verify(token, VERIFY_KEY, { algorithms: ['RS256'] });
}

export { verify };
