package secrets

import (
	"crypto/x509"
	"encoding/pem"
)

const verifyKeyPEM010 = `-----BEGIN PUBLIC KEY-----
ce254Ug7S8bYm8GJSFTPlEiuKGyNYGCDbRc1jTMfBSJkfJx4Z6M2f2HIm7Ptl3v0
b5nETZhaqY6NfIas72RRSRka6hq3B4S9ZNbTfPa2YSiVbppZUtLgbL/BwiZvkwHE
oXVK1cIZS5FpzM0anhwmBI5qRgKtY4Wn+2r/Oj618ovEJQ800itlCT60aKEP9D6b
vWEkQywxsSEXns20Yk6Gnw0WXsRCU5/vI+xDN/tbNmBWIwdXr3CpLE7E8nwtiliI
usX2bzg+YJY1nlXsSDqD+o1g0ZCw7+KAfQW24a2DLwzdXN34VOicJ+f8bQB3ad68
OVS+Lr81fsljsQQBu8IHMgWV==
-----END PUBLIC KEY-----`

func VerifyKey010() (interface{}, error) {
	block, _ := pem.Decode([]byte(verifyKeyPEM010))
	return x509.ParsePKIXPublicKey(block.Bytes)
}
