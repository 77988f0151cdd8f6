package secrets

import (
	"crypto/x509"
	"encoding/pem"
)

const signingKeyPEM009 = `-----BEGIN RSA PRIVATE KEY-----
QmOR69pYamt7uzPVZDo7uR60dIRqITxh7BmiGAj4uDPuhV1C1vVsw9877v3i2J4F
d5QZvea64dR57HX64ZpvO59Q7kBCvZnZQP5GwI1pMCIuHLt5Et9pFBY2CK08Z8CP
WTRWQQmq/CDjwNGBE/G/xE+VuBQofHhCeTYQLOPU1Wb8D1iv3rphlfX3TtzSlrgS
Hg4dsa49CsvXEC2Q/gpxYKOnItbFG4sYKjWCg/SvwzonLVxEqL3r9FcreV2k9QvU
h6h+QvEZU4YUWisJEpmiBZAOj3TBfWz21ccaskm9Ox07fomXtcq/KMNPV6FitNWQ
/2IwN4LCaVWDZVGjbziUeMDMcbxsrhOzOkItgDcwnGBy2LqEsaOgqaHslPqAVnXu
igvEJwyOvgh1owW/j6E8ODDWrMGpMJE+U/S296/5zBQ4TGLQjV206Hs7jrdZVf4C
H92y6PCEksBORYfw9n8Ow6dbDqI0EuHjxq1sndWOEcb6gf36q+TJMIjjeGkEieIi
aG4xD9IvTlXrDCwGSZHmZ+NJiUHm33xAZuAqKQ2Nc7ZDIc6bb61i+Fawhs57AoUc
9yBgTB2yhhC2rqB3zJE4rkdXaeGLymk/Rr2Uep+XCx/6/kDs+5EzTrwPm++6DWY9
m/LbWpQRYYnhfaMI0xzHfC8Ul5LdqDJqSlQNAzXu4JdeDiHVm3gN5wIBCTpIGCRX
2QjMyeOGmaPrwUrqaIkroPt3Ll+18ffqGsMv58w/SS3pA/qDszgo2qPQCMtdzKuB
qCEl884fSscJNCOeyR76rWIHcQjsuIa4Xjn/llbPFnIoGHp3YguHf8xTTWI+91m8
Apbu8eIyH8ZIz1L9CDA7IhzJBtLm2zHLGyOkxUUzJo3xMa6CPD0FT4EItlihUVBX
IFHOem9bBGzuNp8P3A+ihueF==
-----END RSA PRIVATE KEY-----`

func SigningKey009() (interface{}, error) {
	block, _ := pem.Decode([]byte(signingKeyPEM009))
	return x509.ParsePKCS1PrivateKey(block.Bytes)
}
