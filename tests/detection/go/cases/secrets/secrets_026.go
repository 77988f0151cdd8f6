package secrets

import (
	"os"

	"github.com/go-ldap/ldap/v3"
)

func Directory026() (*ldap.Conn, error) {
	conn, err := ldap.DialURL("ldaps://ldap.example.com:636")
	if err != nil {
		return nil, err
	}
	secret, err := os.ReadFile("/run/secrets/ldap_bind_password")
	if err != nil {
		return nil, err
	}
	if err := conn.Bind("cn=svc-portal,ou=services,dc=example,dc=com", string(secret)); err != nil {
		return nil, err
	}
	return conn, nil
}
