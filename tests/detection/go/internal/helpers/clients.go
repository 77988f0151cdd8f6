package helpers

import (
	"database/sql"
	"os"

	"github.com/antchfx/xmlquery"
	"github.com/go-ldap/ldap/v3"
)

// Database opens the application database from the environment.
func Database() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL"))
}

// Directory opens an authenticated connection to the company directory.
func Directory() (*ldap.Conn, error) {
	conn, err := ldap.DialURL(os.Getenv("LDAP_URL"))
	if err != nil {
		return nil, err
	}
	if err := conn.Bind(os.Getenv("LDAP_BIND_DN"), os.Getenv("LDAP_BIND_PASSWORD")); err != nil {
		conn.Close()
		return nil, err
	}
	return conn, nil
}

// Catalog loads the product catalogue document.
func Catalog() (*xmlquery.Node, error) {
	f, err := os.Open("/etc/app/catalog.xml")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return xmlquery.Parse(f)
}
