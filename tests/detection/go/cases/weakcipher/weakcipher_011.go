package weakcipher

import (
	"bytes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"errors"
	"io"
)

func pad011(b []byte, size int) []byte {
	n := size - len(b)%size
	return append(append([]byte{}, b...), bytes.Repeat([]byte{byte(n)}, n)...)
}

type cipherConfig011 struct {
	Key  []byte
	Mode string
}

// Seal011 encrypts a record before it is written to the archive.
func Seal011(key, plaintext []byte) ([]byte, error) {
	if len(key) < 32 {
		return nil, errors.New("key too short")
	}
	cfg := cipherConfig011{Key: key, Mode: "record"}
	block, err := des.NewTripleDESCipher(cfg.Key)
	if err != nil {
		return nil, err
	}
	padded := pad011(plaintext, block.BlockSize())
	out := make([]byte, block.BlockSize()+len(padded))
	iv := out[:block.BlockSize()]
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		return nil, err
	}
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out[block.BlockSize():], padded)
	return out, nil
}
