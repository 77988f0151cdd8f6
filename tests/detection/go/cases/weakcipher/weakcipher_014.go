package weakcipher

import (
	"crypto/rc4"
	"encoding/base64"
	"os"
)

// EncryptCookie014 protects a value that the browser keeps for us.
func EncryptCookie014(value string) (string, error) {
	key := []byte(os.Getenv("COOKIE_KEY"))
	plaintext := []byte(value)
	c, err := rc4.NewCipher(key)
	if err != nil {
		return "", err
	}
	out := make([]byte, len(plaintext))
	c.XORKeyStream(out, plaintext)
	return base64.StdEncoding.EncodeToString(out), nil
}
