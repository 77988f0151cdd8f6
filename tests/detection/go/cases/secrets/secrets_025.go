package secrets

import (
	"github.com/go-ldap/ldap/v3"
)

func Directory025() (*ldap.Conn, error) {
	conn, err := ldap.DialURL("ldaps://ldap.example.com:636")
	if err != nil {
		return nil, err
	}
	if err := conn.Bind("cn=svc-portal,ou=services,dc=example,dc=com", "Vqzkavsi7nqdqX"); err != nil {
		return nil, err
	}
	return conn, nil
}
