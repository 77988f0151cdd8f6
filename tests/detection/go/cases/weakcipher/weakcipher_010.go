package weakcipher

import (
	"crypto/rc4"
	"encoding/base64"
	"os"
)

func stream010(key, dst, src []byte) error {
	c, err := rc4.NewCipher(key)
	if err != nil {
		return err
	}
	c.XORKeyStream(dst, src)
	return nil
}

// EncryptCookie010 protects a value that the browser keeps for us.
func EncryptCookie010(value string) (string, error) {
	key := []byte(os.Getenv("COOKIE_KEY"))
	plaintext := []byte(value)
	out := make([]byte, len(plaintext))
	if err := stream010(key, out, plaintext); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(out), nil
}
